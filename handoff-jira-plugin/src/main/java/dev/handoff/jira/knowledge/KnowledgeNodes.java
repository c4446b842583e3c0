package dev.handoff.jira.knowledge;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which knowledge index each node of the cluster built last, for the health page: every node records its own entry
 * in the shared plugin settings after a build, so the admin sees all nodes from any one of them.
 */
@Named
public class KnowledgeNodes {

    static final String LIST = "handoff.knowledge.nodes";
    static final String NODE = "handoff.knowledge.node.";

    /** One node's last build; {@code fingerprint} is compared with the store's to tell whether it is current. */
    public record Entry(String node, String fingerprint, int documents, int skipped, Instant builtAt) {
    }

    private final PluginSettingsFactory factory;
    private final String node;

    @Inject
    public KnowledgeNodes(@ComponentImport PluginSettingsFactory factory) {
        this(factory, ManagementFactory.getRuntimeMXBean().getName());
    }

    /** With the node's name given, as a test or the offline preview names it. */
    public KnowledgeNodes(PluginSettingsFactory factory, String node) {
        this.factory = factory;
        this.node = node;
    }

    void record(KnowledgeBase.Status status) {
        PluginSettings s = factory.createGlobalSettings();
        s.put(NODE + node, String.join("\n", status.fingerprint(), Integer.toString(status.documents()),
                Integer.toString(status.skipped()), status.builtAt().toString()));
        List<String> nodes = nodes(s);
        if (!nodes.contains(node)) {
            // a node joining at the very moment another does may be dropped here; its next build adds it again
            nodes.add(node);
            s.put(LIST, String.join("\n", nodes));
        }
    }

    public List<Entry> all() {
        PluginSettings s = factory.createGlobalSettings();
        List<Entry> out = new ArrayList<>();
        for (String n : nodes(s)) {
            Object v = s.get(NODE + n);
            String[] parts = v instanceof String str ? str.split("\n", -1) : new String[0];
            if (parts.length == 4) {
                try {
                    out.add(new Entry(n, parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Instant.parse(parts[3])));
                } catch (RuntimeException e) {
                    // an entry this version cannot read is left out, not shown half
                }
            }
        }
        return out;
    }

    private static List<String> nodes(PluginSettings s) {
        List<String> out = new ArrayList<>();
        if (s.get(LIST) instanceof String list) {
            for (String n : list.split("\n")) {
                if (!n.isBlank()) {
                    out.add(n);
                }
            }
        }
        return out;
    }
}

package dev.handoff.jira.packaging;

import dev.handoff.jira.HandoffKeys;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class FrozenIdentifiersTest {

    private final Properties frozen = load();

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = FrozenIdentifiersTest.class.getResourceAsStream("/frozen-identifiers.properties")) {
            p.load(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    @Test
    void codeConstantsMatchTheFrozenList() {
        assertThat(HandoffKeys.PLUGIN_KEY).isEqualTo(frozen.getProperty("plugin.key"));
        assertThat(HandoffKeys.AO_NAMESPACE).isEqualTo(frozen.getProperty("ao.namespace"));
        assertThat(HandoffKeys.WORKFLOW_FUNCTION_MODULE).isEqualTo(frozen.getProperty("module.workflow-function"));
        assertThat(HandoffKeys.WORKFLOW_VALIDATOR_MODULE).isEqualTo(frozen.getProperty("module.workflow-validator"));
        assertThat(HandoffKeys.ARG_TARGET_TIER).isEqualTo(frozen.getProperty("arg.targetTier"));
        assertThat(HandoffKeys.ARG_POST_AS_COMMENT).isEqualTo(frozen.getProperty("arg.postAsComment"));
        assertThat(HandoffKeys.DRAFT_JOB_RUNNER).isEqualTo(frozen.getProperty("job.runner"));
        assertThat(HandoffKeys.REST_BASE).isEqualTo(frozen.getProperty("rest.base"));
        assertThat(HandoffKeys.I18N_PREFIX).isEqualTo(frozen.getProperty("i18n.prefix"));
    }

    @Test
    void theBuiltDescriptorKeepsThePluginKeyModuleKeysAndAoNamespace() throws Exception {
        PluginDescriptor d;
        try (InputStream in = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
            d = new PluginDescriptor(in);
        }
        Element root = d.doc.getDocumentElement();
        assertThat(root.getAttribute("key")).isEqualTo(frozen.getProperty("plugin.key"));
        assertThat(moduleKey(d, "workflow-function")).isEqualTo(frozen.getProperty("module.workflow-function"));
        assertThat(moduleKey(d, "workflow-validator")).isEqualTo(frozen.getProperty("module.workflow-validator"));
        Element ao = (Element) d.doc.getElementsByTagName("ao").item(0);
        assertThat(ao.getAttribute("key")).isEqualTo(frozen.getProperty("module.ao"));
        assertThat(ao.getAttribute("namespace")).isEqualTo(frozen.getProperty("ao.namespace"));
        List<String> entities = new ArrayList<>();
        NodeList es = ao.getElementsByTagName("entity");
        for (int i = 0; i < es.getLength(); i++) {
            entities.add(es.item(i).getTextContent().trim());
        }
        assertThat(entities).containsExactly(frozen.getProperty("ao.entities").split(","));
    }

    private static String moduleKey(PluginDescriptor d, String tag) {
        return ((Element) d.doc.getElementsByTagName(tag).item(0)).getAttribute("key");
    }
}

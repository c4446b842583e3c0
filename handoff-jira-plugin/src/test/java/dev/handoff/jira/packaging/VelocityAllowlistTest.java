package dev.handoff.jira.packaging;

import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.node.ASTMethod;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.Node;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jira 10 refuses, at render time, any template method call that no allowlist names; the failure shows only when
 * the page is opened. So every method call in every template must be in our {@code <velocity-allowlist>}: this test
 * parses each template with Velocity 1.7, resolves each call's receiver through the context types below and looks
 * the call up by class, method and number of parameters.
 */
class VelocityAllowlistTest {

    /** The classes behind the context variables our templates use; a variable missing here fails the test. */
    private static final Map<String, String> CONTEXT_TYPES = Map.of(
            "i18n", "com.atlassian.jira.util.I18nHelper",
            "textutils", "com.opensymphony.util.TextUtils");

    record Call(String template, String variable, String method, int parameters) {
    }

    @Test
    void every_method_a_template_calls_is_in_the_velocity_allowlist() throws Exception {
        List<String> allowed = allowlist();
        List<Call> calls = calls();

        assertThat(calls).as("the templates call methods at all (parser sanity)").isNotEmpty();
        for (Call call : calls) {
            assertThat(CONTEXT_TYPES).as("type of $%s in %s", call.variable(), call.template()).containsKey(call.variable());
            String type = CONTEXT_TYPES.get(call.variable());
            assertThat(allowed).as("%s calls %s#%s with %d parameter(s)", call.template(), type, call.method(), call.parameters())
                    .anyMatch(entry -> matches(entry, type, call));
        }
    }

    @Test
    void a_call_missing_from_the_allowlist_is_reported() throws Exception {
        Call unlisted = new Call("x.vm", "i18n", "getLocale", 0);
        assertThat(allowlist()).noneMatch(entry -> matches(entry, CONTEXT_TYPES.get("i18n"), unlisted));
    }

    /** {@code com.x.Type#method(a.B c.D)}: parameters are space-separated, none between empty brackets. */
    private static boolean matches(String entry, String type, Call call) {
        int hash = entry.indexOf('#');
        int open = entry.indexOf('(');
        String params = entry.substring(open + 1, entry.length() - 1).trim();
        int count = params.isEmpty() ? 0 : params.split("\\s+").length;
        return entry.substring(0, hash).equals(type) && entry.substring(hash + 1, open).equals(call.method())
                && count == call.parameters();
    }

    private static List<String> allowlist() throws Exception {
        PluginDescriptor d;
        try (InputStream in = VelocityAllowlistTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            d = new PluginDescriptor(in);
        }
        List<String> methods = new ArrayList<>();
        NodeList list = d.doc.getElementsByTagName("velocity-allowlist");
        for (int i = 0; i < list.getLength(); i++) {
            NodeList ms = ((org.w3c.dom.Element) list.item(i)).getElementsByTagName("method");
            for (int j = 0; j < ms.getLength(); j++) {
                methods.add(ms.item(j).getTextContent().trim());
            }
        }
        return methods;
    }

    private static List<Call> calls() throws Exception {
        RuntimeInstance velocity = new RuntimeInstance();
        velocity.init();
        List<Call> calls = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path vm : files.filter(p -> p.toString().endsWith(".vm")).sorted().toList()) {
                String name = vm.toString();
                Node root = velocity.parse(new StringReader(Files.readString(vm, StandardCharsets.UTF_8)), name);
                collect(root, name, calls);
            }
        }
        return calls;
    }

    /** {@code $x.m(..)}, {@code $!x.m(..)}, {@code ${x.m(..)}} → {@code x} (the parser's root name needs a render context). */
    private static String variable(String literal) {
        String s = literal.replaceFirst("^\\$!?\\{?", "");
        int end = 0;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_' || s.charAt(end) == '-')) {
            end++;
        }
        return s.substring(0, end);
    }

    private static void collect(Node node, String template, List<Call> calls) {
        if (node instanceof ASTMethod method && method.jjtGetParent() instanceof ASTReference ref) {
            // a method node's first child is its name; the rest are its arguments
            calls.add(new Call(template, variable(ref.literal()), method.getFirstToken().image, method.jjtGetNumChildren() - 1));
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            collect(node.jjtGetChild(i), template, calls);
        }
    }
}

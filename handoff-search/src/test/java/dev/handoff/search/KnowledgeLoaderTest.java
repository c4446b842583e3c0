package dev.handoff.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeLoaderTest {

    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private Map<String, KnowledgeDocument> byId(KnowledgeLoader.Result r) {
        return r.documents().stream().collect(Collectors.toMap(KnowledgeDocument::id, Function.identity()));
    }

    @Test
    void markdownFrontMatterGivesTitleDescriptionAndTierAndHeadingsAreCollected() throws IOException {
        write("outlook/crash.md", """
                ---
                title: "Outlook crashes on start"
                description: Outlook closes right after the splash screen.
                ms.topic: troubleshooting
                appliesto:
                  - Outlook 2016
                tier: 2
                ---
                # Outlook crashes when it starts

                ## Cause

                A faulty **add-in** loads at start. See [the add-in list](https://example.com/x).

                ## Resolution

                ```console
                outlook.exe /safe
                ```
                """);
        KnowledgeDocument d = byId(new KnowledgeLoader().load(dir)).get("outlook/crash.md");
        assertThat(d.title()).isEqualTo("Outlook crashes on start");
        assertThat(d.description()).isEqualTo("Outlook closes right after the splash screen.");
        assertThat(d.tier()).isEqualTo(2);
        assertThat(d.headings()).containsExactly("Outlook crashes when it starts", "Cause", "Resolution");
        assertThat(d.body()).contains("A faulty add-in loads at start. See the add-in list.")
                .contains("outlook.exe /safe")
                .doesNotContain("https://example.com", "**", "---");
    }

    @Test
    void withoutFrontMatterTheFirstLevelOneHeadingIsTheTitle() throws IOException {
        write("a.md", "# Printer offline\n\nRestart the spooler.\n");
        KnowledgeDocument d = byId(new KnowledgeLoader().load(dir)).get("a.md");
        assertThat(d.title()).isEqualTo("Printer offline");
        assertThat(d.tier()).isEqualTo(1);
    }

    @Test
    void htmlAndConfluenceStorageFormatAreRead() throws IOException {
        write("web/vpn.html", """
                <html><head><title>VPN drops every hour</title><meta name="description" content="Client &amp; gateway timeouts">
                <style>p{color:red}</style></head>
                <body><h1>VPN drops every hour</h1><h2>Fix</h2><p>Raise the <b>idle timeout</b> to 4&nbsp;hours.</p></body></html>
                """);
        write("space/export.xml", """
                <h2>Restart the sync agent</h2>
                <p>Run this on the server:</p>
                <ac:structured-macro ac:name="code"><ac:parameter ac:name="language">bash</ac:parameter>
                <ac:plain-text-body><![CDATA[systemctl restart sync-agent && echo "<done>"]]></ac:plain-text-body></ac:structured-macro>
                """);
        Map<String, KnowledgeDocument> docs = byId(new KnowledgeLoader().load(dir));
        KnowledgeDocument html = docs.get("web/vpn.html");
        assertThat(html.title()).isEqualTo("VPN drops every hour");
        assertThat(html.description()).isEqualTo("Client & gateway timeouts");
        assertThat(html.headings()).containsExactly("Fix");
        assertThat(html.body()).contains("Raise the idle timeout to 4 hours.").doesNotContain("color:red", "<b>");
        KnowledgeDocument conf = docs.get("space/export.xml");
        assertThat(conf.title()).isEqualTo("export");
        assertThat(conf.headings()).containsExactly("Restart the sync agent");
        assertThat(conf.body()).contains("systemctl restart sync-agent && echo \"<done>\"").doesNotContain("bash");
    }

    @Test
    void tiersPropertiesMapsPathPrefixesAndTheMoreRestrictedTierWins() throws IOException {
        write(KnowledgeLoader.TIERS_FILE, "network/=3\nnetwork/public/=1\n");
        write("network/core-switch.md", "# Core switch\n\nReboot it.\n");
        write("network/public/wifi.md", "# Wifi\n\nForget the network.\n");
        write("network/public/claims-one.md", "---\ntier: 2\n---\n# Claims\n\nText.\n");
        write("network/says-one.md", "---\ntier: 1\n---\n# Lower\n\nText.\n");
        Map<String, KnowledgeDocument> docs = byId(new KnowledgeLoader().load(dir));
        assertThat(docs.get("network/core-switch.md").tier()).isEqualTo(3);
        assertThat(docs.get("network/public/wifi.md").tier()).isEqualTo(1);
        assertThat(docs.get("network/public/claims-one.md").tier()).isEqualTo(2);
        // an author's front matter cannot open up what the administrator restricted
        assertThat(docs.get("network/says-one.md").tier()).isEqualTo(3);
        assertThat(docs).doesNotContainKey(KnowledgeLoader.TIERS_FILE);
    }

    @Test
    void badFilesAreReportedOneByOneAndTheRestIsStillLoaded() throws IOException {
        write("good.md", "# Good\n\nUseful text.\n");
        write("notes.txt", "plain text is not an approved format");
        write("empty.md", "---\ntitle: Nothing here\n---\n\n");
        write("typo.md", "---\ntier: two\n---\n# Secret\n\nText.\n");
        Files.write(dir.resolve("latin1.md"), new byte[] {'#', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'});
        KnowledgeLoader.Result r = new KnowledgeLoader().load(dir);
        assertThat(r.documents()).extracting(KnowledgeDocument::id).containsExactly("good.md");
        Map<String, String> problems = r.problems().stream()
                .collect(Collectors.toMap(KnowledgeLoader.Problem::path, KnowledgeLoader.Problem::reason));
        assertThat(problems).containsOnlyKeys("notes.txt", "empty.md", "typo.md", "latin1.md");
        assertThat(problems.get("notes.txt")).startsWith("unknown format");
        assertThat(problems.get("empty.md")).startsWith("empty document");
        assertThat(problems.get("typo.md")).contains("bad tier");
        assertThat(problems.get("latin1.md")).contains("not UTF-8");
    }

    @Test
    void idsAreRelativePathsWithForwardSlashes() throws IOException {
        write("a/b/c.md", "# C\n\nText.\n");
        assertThat(new KnowledgeLoader().load(dir).documents()).extracting(KnowledgeDocument::id).containsExactly("a/b/c.md");
    }

    @Test
    void anUploadedDocumentTakesItsSourcesTierWhichFrontMatterMayRaiseButNeverLower() throws Exception {
        byte[] plain = "# VPN\n\nRenew the certificate.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] raised = "---\ntier: 3\n---\n# VPN\n\nRenew.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] lowered = "---\ntier: 1\n---\n# VPN\n\nRenew.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(KnowledgeLoader.parse("net/vpn.md", plain, 2).tier()).isEqualTo(2);
        assertThat(KnowledgeLoader.parse("net/vpn.md", raised, 2).tier()).isEqualTo(3);
        assertThat(KnowledgeLoader.parse("net/vpn.md", lowered, 2).tier()).isEqualTo(2);
        assertThat(KnowledgeLoader.parse("net/vpn.md", plain, 2).title()).isEqualTo("VPN");
    }

    @Test
    void anUploadedDocumentThatCannotBeIndexedIsRefusedWithTheReason() {
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KnowledgeLoader.parse("a.pdf", "x".getBytes(utf8), 1))
                .isInstanceOf(KnowledgeLoader.InvalidDocumentException.class).hasMessageContaining("unknown format");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KnowledgeLoader.parse("a.md", "<!-- -->\n".getBytes(utf8), 1))
                .hasMessageContaining("empty document");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KnowledgeLoader.parse("a.md", new byte[] {(byte) 0xC3, 0x28}, 1))
                .hasMessageContaining("not UTF-8");
    }
}

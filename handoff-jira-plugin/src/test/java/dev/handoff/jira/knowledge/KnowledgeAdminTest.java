package dev.handoff.jira.knowledge;

import dev.handoff.jira.admin.AdminService;
import dev.handoff.jira.audit.JiraAuditTrail;
import dev.handoff.jira.fakes.InMemoryKnowledgeStore;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeAdminTest {

    private final InMemoryKnowledgeStore store = new InMemoryKnowledgeStore();
    private final KnowledgeBase base = new KnowledgeBase(store, null, java.time.Clock.systemUTC());
    private final List<JiraAuditTrail.Change> audited = new ArrayList<>();
    private final KnowledgeAdmin admin = new KnowledgeAdmin(store, base, audited::addAll,
            key -> key.equals("admin-key") ? "Ada Admin" : key, Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC));

    private static byte[] zip(String... pathAndText) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < pathAndText.length; i += 2) {
                z.putNextEntry(new ZipEntry(pathAndText[i]));
                z.write(pathAndText[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private long source(String name, int tier) {
        AdminService.Answer a = admin.add("admin-key", "{\"name\":\"" + name + "\",\"tier\":" + tier + "}");
        assertThat(a.status()).isEqualTo(201);
        return store.sources().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void aZipIsImportedDocumentByDocumentAndEveryFileThatCannotBeIndexedIsNamedWithItsReason() throws IOException {
        long id = source("Desk runbooks", 2);

        AdminService.Answer a = admin.importDocuments("admin-key", id, "runbooks.zip", zip(
                "network/vpn.md", "# VPN drops\n\nRenew the certificate.",
                "mail/outlook.html", "<h1>Outlook</h1><p>Safe mode.</p>",
                "manual.pdf", "%PDF-1.7",
                "empty.md", "   ",
                "../../etc/passwd.md", "# nope\n\ntext",
                "__MACOSX/._vpn.md", "junk",
                ".git/config", "[core]"));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json()).contains("\"imported\":2", "\"path\":\"manual.pdf\"", "unknown format", "\"path\":\"empty.md\"",
                "empty document", "unsafe path").doesNotContain("__MACOSX", ".git");
        assertThat(store.source(id).orElseThrow().documents()).isEqualTo(2);
        assertThat(audited).extracting(JiraAuditTrail.Change::key).containsExactly("knowledge source Desk runbooks",
                "knowledge source Desk runbooks");
        assertThat(audited.get(1).to()).contains("tier 2, 2 document(s)");
    }

    @Test
    void anImportWithNothingUsableKeepsTheSourcesDocuments() throws IOException {
        long id = source("Desk", 1);
        admin.importDocuments("admin-key", id, "vpn.md", "# VPN\n\nRenew.".getBytes(StandardCharsets.UTF_8));

        AdminService.Answer bad = admin.importDocuments("admin-key", id, "all.zip", zip("a.docx", "x"));
        AdminService.Answer junk = admin.importDocuments("admin-key", id, "all.zip", "not a zip at all".getBytes(StandardCharsets.UTF_8));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json()).contains("Nothing was imported", "a.docx");
        assertThat(junk.status()).isEqualTo(400);
        assertThat(junk.json()).contains("Nothing was imported");
        assertThat(store.source(id).orElseThrow().documents()).isEqualTo(1);
    }

    @Test
    void sourcesHaveUniqueNamesATierFromOneToThreeAndUnknownIdsAre404() {
        source("Desk", 1);

        assertThat(admin.add("a", "{\"name\":\"desk\",\"tier\":2}").status()).isEqualTo(409);
        assertThat(admin.add("a", "{\"name\":\"Security\",\"tier\":4}").json()).contains("\"field\":\"tier\"");
        assertThat(admin.add("a", "{\"name\":\"\",\"tier\":1}").json()).contains("\"field\":\"name\"");
        assertThat(admin.add("a", "{\"name\":\"X\",\"tier\":1,\"url\":\"http://evil\"}").status()).isEqualTo(400);
        assertThat(admin.update("a", 99, "{\"name\":\"X\",\"tier\":1}").status()).isEqualTo(404);
        assertThat(admin.delete("a", 99).status()).isEqualTo(404);
        assertThat(admin.importDocuments("a", 99, "x.md", new byte[] {1}).status()).isEqualTo(404);
    }

    @Test
    void theListNamesWhoChangedASourceLastByDisplayNameNotByUserKey() {
        long id = source("Desk", 1);
        admin.update("a", id, "{\"name\":\"Desk\",\"tier\":2}");

        assertThat(admin.list().json()).contains("\"updatedBy\":\"a\"").doesNotContain("Ada Admin");
        admin.update("admin-key", id, "{\"name\":\"Desk\",\"tier\":1}");
        assertThat(admin.list().json()).contains("\"updatedBy\":\"Ada Admin\"").doesNotContain("admin-key");
    }

    @Test
    void reTieringASourceHidesItsDocumentsFromLowerTiersAtTheNextSearch() {
        long id = source("Desk", 1);
        admin.importDocuments("admin-key", id, "reset.md", "# Password reset\n\nUse the portal.".getBytes(StandardCharsets.UTF_8));
        assertThat(base.search(dev.handoff.search.KnowledgeQuery.of("password reset"), 1, 5)).hasSize(1);

        assertThat(admin.update("admin-key", id, "{\"name\":\"Desk\",\"tier\":3}").status()).isEqualTo(200);

        assertThat(base.search(dev.handoff.search.KnowledgeQuery.of("password reset"), 1, 5)).isEmpty();
        assertThat(admin.list().json()).contains("\"name\":\"Desk\",\"tier\":3", "\"current\":true");
        assertThat(admin.delete("admin-key", id).status()).isEqualTo(200);
        assertThat(audited).last().satisfies(c -> assertThat(c.to()).isNull());
    }
}

package dev.handoff.jira.knowledge;

import dev.handoff.jira.fakes.InMemoryKnowledgeStore;
import dev.handoff.search.KnowledgeHit;
import dev.handoff.search.KnowledgeQuery;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeBaseTest {

    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    private final InMemoryKnowledgeStore store = new InMemoryKnowledgeStore();
    private final KnowledgeBase base = new KnowledgeBase(store, null, java.time.Clock.systemUTC());

    private static SourceDocument doc(long source, String path, String text) {
        return new SourceDocument(source, path, text);
    }

    private List<String> ids(String query, int tier) {
        return base.search(KnowledgeQuery.of(query), tier, 10).stream().map(KnowledgeHit::id).toList();
    }

    @Test
    void aSearchFindsApprovedDocumentsByTheirSourceNameAndPathWithTheMatchingPassage() {
        KnowledgeSource desk = store.addSource("Desk runbooks", 1, "admin", AT);
        store.replaceDocuments(desk.id(), List.of(
                doc(desk.id(), "vpn.md", "# VPN drops every hour\n\nRenew the machine certificate, then reconnect the VPN client."),
                doc(desk.id(), "printer.md", "# Printer offline\n\nRestart the spooler service.")), "admin", AT);

        List<KnowledgeHit> hits = base.search(KnowledgeQuery.of("vpn certificate reconnect"), 2, 3);

        assertThat(hits).first().satisfies(h -> {
            assertThat(h.id()).isEqualTo("Desk runbooks/vpn.md");
            assertThat(h.passage()).contains("Renew the machine certificate");
        });
    }

    @Test
    void noTierThreeDocumentReachesATierOneDraftWhateverTheQuery() {
        KnowledgeSource open = store.addSource("Desk", 1, "admin", AT);
        KnowledgeSource restricted = store.addSource("Security", 3, "admin", AT);
        KnowledgeSource raised = store.addSource("Mixed", 1, "admin", AT);
        store.replaceDocuments(open.id(), List.of(doc(open.id(), "reset.md", "# Password reset\n\nUse the self-service portal.")), "a", AT);
        store.replaceDocuments(restricted.id(), List.of(doc(restricted.id(), "breakglass.md",
                "# Break-glass password reset\n\nDomain admin password reset through the vault.")), "a", AT);
        store.replaceDocuments(raised.id(), List.of(doc(raised.id(), "vault.md",
                "---\ntier: 3\n---\n# Vault password reset\n\nPassword reset of service accounts.")), "a", AT);

        for (String query : List.of("password reset", "break-glass domain admin vault", "Security/breakglass.md", "tier 3")) {
            assertThat(ids(query, 1)).as(query).allMatch(id -> id.startsWith("Desk/"));
        }
        assertThat(ids("password reset vault", 3)).contains("Security/breakglass.md", "Mixed/vault.md");
    }

    @Test
    void theIndexIsRebuiltWhenAnySourceChangesAndOnlyThen() {
        KnowledgeSource desk = store.addSource("Desk", 1, "admin", AT);
        store.replaceDocuments(desk.id(), List.of(doc(desk.id(), "vpn.md", "# VPN\n\nRenew the certificate.")), "a", AT);
        assertThat(ids("vpn", 1)).containsExactly("Desk/vpn.md");
        assertThat(ids("certificate", 1)).containsExactly("Desk/vpn.md");
        assertThat(store.documentReads).as("unchanged sources: one build").isEqualTo(1);

        store.updateSource(desk.id(), "Desk", 2, "admin", AT);
        assertThat(ids("vpn", 1)).as("re-tiered on another node: this node sees it at once").isEmpty();

        store.replaceDocuments(desk.id(), List.of(doc(desk.id(), "wifi.md", "# Wi-Fi\n\nForget the network.")), "a", AT);
        assertThat(ids("vpn", 2)).isEmpty();
        assertThat(ids("wifi network", 2)).containsExactly("Desk/wifi.md");
        store.deleteSource(desk.id());
        assertThat(ids("wifi network", 3)).isEmpty();
        assertThat(store.documentReads).isEqualTo(4);
        assertThat(base.status().documents()).isZero();
    }

    @Test
    void aStoredDocumentTheParserNoLongerAcceptsIsSkippedAndCountedWhileTheRestIsIndexed() {
        KnowledgeSource desk = store.addSource("Desk", 1, "admin", AT);
        store.replaceDocuments(desk.id(), List.of(doc(desk.id(), "old.doc", "binary"),
                doc(desk.id(), "vpn.md", "# VPN\n\nRenew the certificate.")), "a", AT);

        assertThat(ids("vpn", 1)).containsExactly("Desk/vpn.md");
        assertThat(base.status().skipped()).isEqualTo(1);
        assertThat(base.status().documents()).isEqualTo(1);
    }
}

package dev.handoff.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeIndexTest {

    private final List<KnowledgeDocument> docs = List.of(
            new KnowledgeDocument("outlook/crash.md", "Outlook crashes on start", "Start Outlook in safe mode.\n\nDisable add-ins one by one.", 1),
            new KnowledgeDocument("vpn/reset.md", "Reset the VPN concentrator", "Only network engineers: reboot the VPN concentrator.", 3),
            new KnowledgeDocument("printer.md", "Printer offline", "Check the spooler service.", 1));

    @Test
    void theMatchingRunbookComesFirstWithItsPassage() {
        try (KnowledgeIndex index = new KnowledgeIndex(docs)) {
            List<KnowledgeHit> hits = index.search("Outlook crashes, I suspect one of the add-ins, disable them?", 3, 5);
            assertThat(hits).isNotEmpty();
            assertThat(hits.get(0).id()).isEqualTo("outlook/crash.md");
            assertThat(hits.get(0).passage()).contains("add-ins");
        }
    }

    @Test
    void aTierThreeDocumentNeverReachesATierOneQuery() {
        try (KnowledgeIndex index = new KnowledgeIndex(docs)) {
            assertThat(index.search("reboot the VPN concentrator", 1, 10)).extracting(KnowledgeHit::id).doesNotContain("vpn/reset.md");
            assertThat(index.search("reboot the VPN concentrator", 3, 10)).extracting(KnowledgeHit::id).contains("vpn/reset.md");
        }
    }

    @Test
    void aBlankQueryFindsNothing() {
        try (KnowledgeIndex index = new KnowledgeIndex(docs)) {
            assertThat(index.search("  ", 3, 5)).isEmpty();
        }
    }
}

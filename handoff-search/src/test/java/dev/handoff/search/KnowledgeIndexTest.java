package dev.handoff.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
    void noRandomQueryReturnsADocumentAboveTheCallersTier() {
        Random random = new Random(7);
        List<String> vocabulary = List.of("outlook", "vpn", "printer", "reset", "crash", "reboot", "spooler", "mailbox",
                "password", "sync", "error", "0x800ccc0e", "\"connection refused\"", "error: timeout", "tier", "admin");
        List<KnowledgeDocument> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                body.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(w % 12 == 11 ? "\n\n" : " ");
            }
            many.add(KnowledgeDocument.of("doc" + i + ".md", vocabulary.get(random.nextInt(vocabulary.size())),
                    vocabulary.get(random.nextInt(vocabulary.size())), List.of(vocabulary.get(random.nextInt(vocabulary.size()))),
                    body.toString(), 1 + random.nextInt(3)));
        }
        int returned = 0;
        try (KnowledgeIndex index = new KnowledgeIndex(many)) {
            for (int q = 0; q < 500; q++) {
                StringBuilder query = new StringBuilder();
                for (int w = 0, n = 1 + random.nextInt(8); w < n; w++) {
                    query.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
                }
                int tier = 1 + random.nextInt(3);
                List<KnowledgeHit> hits = index.search(query.toString(), tier, 1 + random.nextInt(50));
                returned += hits.size();
                assertThat(hits).allSatisfy(h -> {
                    assertThat(h.tier()).isLessThanOrEqualTo(tier);
                    assertThat(many.get(Integer.parseInt(h.id().replaceAll("\\D", ""))).tier()).isLessThanOrEqualTo(tier);
                });
            }
        }
        assertThat(returned).as("the queries must actually find documents").isGreaterThan(1000);
    }

    @Test
    void aTierOneSearchFillsItsTopKWithReadableDocumentsWhenHigherTiersScoreBetter() {
        List<KnowledgeDocument> mixed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            mixed.add(KnowledgeDocument.of("secret" + i + ".md", "Reboot the VPN concentrator", "", List.of(),
                    "Reboot the VPN concentrator, then reboot it again.", 3));
        }
        for (int i = 0; i < 6; i++) {
            mixed.add(KnowledgeDocument.of("open" + i + ".md", "Network notes " + i, "", List.of(),
                    "A VPN that drops may need the client reinstalled.", 1));
        }
        try (KnowledgeIndex index = new KnowledgeIndex(mixed)) {
            assertThat(index.search("reboot the VPN concentrator", 1, 5)).hasSize(5)
                    .allSatisfy(h -> assertThat(h.id()).startsWith("open"));
        }
    }

    @Test
    void eachHitQuotesAPassageOfItsOwnDocument() {
        List<KnowledgeDocument> several = List.of(
                KnowledgeDocument.of("empty.md", "Printer spooler", "Restart the spooler", List.of(), "", 1),
                KnowledgeDocument.of("long.md", "Mailbox guide", "", List.of(),
                        "Mailbox basics for every user.\n\nQuota: archive old mail when the mailbox is full.\n\nSpooler notes.", 1),
                KnowledgeDocument.of("short.md", "Spooler crash", "", List.of(), "The spooler service crashes when a driver is bad.", 1));
        try (KnowledgeIndex index = new KnowledgeIndex(several, new KnowledgeIndex.Settings(2, 2, 0.5f, 1, 0, 0, 1.0, 64, 10, 3))) {
            List<KnowledgeHit> hits = index.search("spooler crashes, mailbox full", 1, 3);
            assertThat(hits).extracting(KnowledgeHit::id).containsExactlyInAnyOrder("empty.md", "long.md", "short.md");
            assertThat(hits).filteredOn(h -> h.id().equals("long.md")).singleElement()
                    .satisfies(h -> assertThat(h.passage()).startsWith("Quota"));
            assertThat(hits).filteredOn(h -> h.id().equals("short.md")).singleElement()
                    .satisfies(h -> assertThat(h.passage()).startsWith("The spooler service"));
            assertThat(hits).filteredOn(h -> h.id().equals("empty.md")).singleElement()
                    .satisfies(h -> assertThat(h.passage()).isEmpty());
        }
    }

    @Test
    void aTitleMatchOutranksTheSameWordsInAnotherDocumentsBody() {
        List<KnowledgeDocument> two = List.of(
                KnowledgeDocument.of("body.md", "Calendar tips", "", List.of(), "The shared mailbox is not updating in some cases.", 1),
                KnowledgeDocument.of("title.md", "Shared mailbox not updating", "", List.of(), "Cached mode keeps an old copy.", 1));
        try (KnowledgeIndex index = new KnowledgeIndex(two)) {
            assertThat(index.search("shared mailbox not updating", 1, 2)).extracting(KnowledgeHit::id).containsExactly("title.md", "body.md");
        }
    }

    @Test
    void theHitQuotesTheSectionThatMatchesNotTheStartOfTheArticle() {
        String body = "Introduction\nThis article covers several sign-in problems in general terms for every client.\n\n"
                + "Certificates\nWhen the certificate revocation list cannot be downloaded the client shows error 0x80090325 and stops.";
        try (KnowledgeIndex index = new KnowledgeIndex(List.of(KnowledgeDocument.of("a.md", "Sign-in problems", "", List.of(), body, 1)),
                new KnowledgeIndex.Settings(2, 2, 0.5f, 1, 0, 0, 1.0, 64, 10, 5))) {
            assertThat(index.search("revocation list error 0x80090325", 1, 1).get(0).passage()).startsWith("Certificates");
        }
    }

    @Test
    void withPhrasesAndPassagesWeightedAQuotedMessageFoundVerbatimComesFirst() {
        List<KnowledgeDocument> two = List.of(
                KnowledgeDocument.of("scattered.md", "Sync notes", "", List.of(),
                        "The server may be slow.\n\nA connection to another host was refused yesterday.", 1),
                KnowledgeDocument.of("verbatim.md", "Sync notes", "", List.of(),
                        "Nothing to see here.\n\nThe client says connection refused by server when it syncs.", 1));
        try (KnowledgeIndex index = new KnowledgeIndex(two, new KnowledgeIndex.Settings(2, 2, 0.5f, 1, 0.5f, 1, 1.0, 64, 10, 3))) {
            List<KnowledgeHit> hits = index.search("sync fails: \"connection refused by server\"", 1, 2);
            assertThat(hits).extracting(KnowledgeHit::id).containsExactly("verbatim.md", "scattered.md");
            assertThat(hits.get(0).passage()).startsWith("The client says");
        }
    }

    @Test
    void aBlankQueryFindsNothing() {
        try (KnowledgeIndex index = new KnowledgeIndex(docs)) {
            assertThat(index.search("  ", 3, 5)).isEmpty();
            assertThat(index.search("the and of", 3, 5)).isEmpty();
        }
    }
}

package dev.handoff.search;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.pipeline.EscalationPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QueryBuilderTest {

    @Test
    void quotedMessagesAndErrorLinesBecomeExactParts() {
        KnowledgeQuery q = QueryBuilder.fromText("Outlook shows \"The connection to Microsoft Exchange is unavailable\" on start.\n"
                + "Then: error message: Cannot open your default e-mail folders");
        assertThat(q.parts().get(0).exact()).isFalse();
        assertThat(q.parts()).filteredOn(KnowledgeQuery.Part::exact).extracting(KnowledgeQuery.Part::text)
                .contains("The connection to Microsoft Exchange is unavailable", "Cannot open your default e-mail folders");
    }

    @Test
    void aDraftQueryLeadsWithTheSummaryAndLeavesTheRawThreadOut() {
        Ticket t = Tickets.ticket("SD-1", 1, "Outlook cannot connect to Exchange",
                "Hi team,\n\nSince the update Outlook says: Cannot start Microsoft Outlook. Cannot open the set of folders.\n\nThanks, Ann",
                null, null);
        Draft d = EscalationPipeline.defaults().draft(t, Audience.agents(2));
        KnowledgeQuery q = QueryBuilder.fromDraft(d, t.summary());
        assertThat(q.parts().get(0).text()).isEqualTo("Outlook cannot connect to Exchange");
        assertThat(q.parts().get(0).weight()).isGreaterThan(1f);
        assertThat(q.parts()).extracting(KnowledgeQuery.Part::text).noneMatch(s -> s.contains("Thanks, Ann"));
    }

    @Test
    void aDraftQueryFindsTheRunbookForTheTicketsError() {
        Ticket t = Tickets.ticket("SD-2", 1, "Outlook will not start",
                "Outlook says: Cannot start Microsoft Outlook. Cannot open the set of folders.", null, null);
        Draft d = EscalationPipeline.defaults().draft(t, Audience.agents(2));
        List<KnowledgeDocument> kb = List.of(
                KnowledgeDocument.of("folders.md", "Cannot open the set of folders", "Outlook does not start", List.of(), "Repair the OST file.", 1),
                KnowledgeDocument.of("calendar.md", "Calendar sharing fails", "Outlook calendar", List.of(), "Re-share the calendar.", 1));
        try (KnowledgeIndex index = new KnowledgeIndex(kb)) {
            assertThat(index.search(QueryBuilder.fromDraft(d, t.summary()), 1, 1)).extracting(KnowledgeHit::id).containsExactly("folders.md");
        }
    }
}

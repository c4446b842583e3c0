package dev.handoff.jira.store;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.Comment;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.model.Visibility;
import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.core.prose.ModelCall;
import dev.handoff.core.prose.Prose;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.prose.ProseSection;
import dev.handoff.core.prose.SourcedSentence;
import dev.handoff.jira.fakes.Tickets;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DraftCodecTest {

    @Test
    void aDraftSurvivesStorageWithEveryFactAndSource() {
        Audience audience = new Audience(2, Set.of(), Set.of("Service Desk Team"), false);
        Draft draft = EscalationPipeline.defaults().draft(Tickets.outlookCrash(), audience);

        String json = DraftCodec.encode(draft);
        Draft back = DraftCodec.decode(json);

        assertThat(back).isEqualTo(draft);
        assertThat(json).doesNotContain("Summer2024!");
    }

    @Test
    void theKnowledgeStepSurvivesStorageWithRunbooksSimilarTicketsTheHintAndItsProblems() {
        DraftKnowledge knowledge = new DraftKnowledge(
                List.of(new DraftKnowledge.Runbook("Desk/vpn.md", "VPN drops", 2, 2.5, "Renew the certificate.", null)),
                List.of(new DraftKnowledge.SimilarIssue("SD-1", "VPN drops hourly", "Fixed", null, 1.25)),
                new DraftKnowledge.TeamHint(null, "not enough history"), List.of("similar tickets (Jira's search failed)"));

        assertThat(DraftCodec.decodeKnowledge(DraftCodec.encodeKnowledge(knowledge))).isEqualTo(knowledge);
        assertThat(DraftCodec.encodeKnowledge(knowledge)).doesNotContain("\"empty\"");
    }

    @Test
    void the_models_prose_survives_storage_with_its_citations_and_cost() {
        Draft draft = EscalationPipeline.defaults().draft(Tickets.outlookCrash(), Audience.agents(2));
        dev.handoff.core.model.SourceRef cited = draft.sources().get(0);
        ProseResult prose = new ProseResult(new Prose(java.util.Map.of(ProseSection.SUMMARY,
                List.of(new SourcedSentence("Outlook crashes on start since the update.", List.of(cited), List.of()))), null),
                1, null, new ModelCall("qwen2.5:7b", 2300, 1800, 140));

        ProseResult back = DraftCodec.decodeProse(DraftCodec.encodeProse(prose));

        assertThat(back).isEqualTo(prose);
    }

    @Test
    void a_fallback_survives_storage_with_its_reason() {
        ProseResult fallback = ProseResult.fallback("the model server did not answer within 60 s", 0, new ModelCall("m", 60000, null, null));

        assertThat(DraftCodec.decodeProse(DraftCodec.encodeProse(fallback))).isEqualTo(fallback);
    }
}

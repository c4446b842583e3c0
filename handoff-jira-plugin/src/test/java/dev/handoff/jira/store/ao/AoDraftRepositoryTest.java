package dev.handoff.jira.store.ao;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.model.Audience;
import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.jira.draft.StoredDraft;
import dev.handoff.jira.fakes.Tickets;
import dev.handoff.jira.store.DraftCodec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Schema changes so far are additive (AO adds the new nullable columns and tables when the upgraded plugin starts),
 * so the upgrade concern is reading rows written by an earlier version: they must load, not fail.
 */
class AoDraftRepositoryTest {

    private final Draft draft = EscalationPipeline.defaults().draft(Tickets.outlookCrash(), Audience.agents(2));

    private DraftEntity row(String proseJson, String knowledgeJson) {
        DraftEntity e = mock(DraftEntity.class);
        when(e.getIssueId()).thenReturn(7L);
        when(e.getVersion()).thenReturn(2);
        when(e.getEscalationSeq()).thenReturn(1);
        when(e.getState()).thenReturn("READY");
        when(e.getDraftJson()).thenReturn(DraftCodec.encode(draft));
        when(e.getProseJson()).thenReturn(proseJson);
        when(e.getKnowledgeJson()).thenReturn(knowledgeJson);
        when(e.getDecidedAt()).thenReturn(null); // a mock's Long getter would answer 0
        return e;
    }

    @Test
    void aDraftStoredBeforeTheProseAndKnowledgeColumnsExistedLoadsWithNeither() {
        StoredDraft old = AoDraftRepository.toValue(row(null, null));

        assertThat(old.draft()).isEqualTo(draft);
        assertThat(old.prose()).isNull();
        assertThat(old.knowledge()).isNull();
        assertThat(old.decidedAt()).isNull();
    }

    @Test
    void aDraftWithKnowledgeLoadsItBack() {
        DraftKnowledge k = new DraftKnowledge(List.of(), List.of(), new DraftKnowledge.TeamHint(null, "not enough history"), List.of());

        assertThat(AoDraftRepository.toValue(row(null, DraftCodec.encodeKnowledge(k))).knowledge()).isEqualTo(k);
    }
}

package dev.handoff.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DraftKnowledgeTest {

    private static DraftKnowledge.Runbook runbook(String id, int tier) {
        return new DraftKnowledge.Runbook(id, id, tier, 1.0, "", null);
    }

    @Test
    void aViewerSeesOnlyRunbooksOfTiersTheyMayReadAndTicketsTheyMayBrowse() {
        DraftKnowledge k = new DraftKnowledge(List.of(runbook("t1", 1), runbook("t2", 2), runbook("t3", 3)),
                List.of(new DraftKnowledge.SimilarIssue("SD-1", "a", "Fixed", null, 1),
                        new DraftKnowledge.SimilarIssue("HR-9", "b", "Fixed", null, 1)),
                new DraftKnowledge.TeamHint(null, "not enough history"), List.of());

        DraftKnowledge seen = k.visibleTo(tier -> tier <= 2, key -> key.startsWith("SD-"));

        assertThat(seen.runbooks()).extracting(DraftKnowledge.Runbook::id).containsExactly("t1", "t2");
        assertThat(seen.similar()).extracting(DraftKnowledge.SimilarIssue::key).containsExactly("SD-1");
        assertThat(seen.team()).isEqualTo(k.team());
    }

    @Test
    void aRunbookOutsideTheThreeTiersIsRefused() {
        assertThatThrownBy(() -> runbook("x", 4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..3");
    }
}

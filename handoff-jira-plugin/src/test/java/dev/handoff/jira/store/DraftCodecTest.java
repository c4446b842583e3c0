package dev.handoff.jira.store;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.Comment;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.model.Visibility;
import dev.handoff.core.pipeline.EscalationPipeline;
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
}

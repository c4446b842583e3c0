package dev.handoff.jira.job;

import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.fakes.InMemoryEscalationRequests;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class RecoveryJobTest {

    private final InMemoryEscalationRequests requests = new InMemoryEscalationRequests();
    private final DraftJobScheduler scheduler = mock(DraftJobScheduler.class);
    private final Instant now = Instant.parse("2026-03-12T10:00:00Z");
    private final RecoveryJob sweep = new RecoveryJob(requests, scheduler, Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void aRequestWhoseJobNeverRanIsScheduledAgain() throws Exception {
        EscalationRequest lost = requests.add(1L, 2, "ann", false, null);
        requests.age(1L, lost.sequence(), now.minus(DraftJob.STALE_AFTER).minusSeconds(1));

        assertThat(sweep.sweep()).isEqualTo(1);
        verify(scheduler).schedule(requests.find(1L, lost.sequence()).orElseThrow());
    }

    @Test
    void aDraftThatANodeDiedInIsScheduledAgainButAFreshOneIsLeftAlone() throws Exception {
        EscalationRequest dead = requests.add(1L, 2, "ann", false, null);
        requests.claim(1L, dead.sequence(), Instant.EPOCH);
        requests.age(1L, dead.sequence(), now.minus(DraftJob.STALE_AFTER).minusSeconds(5));
        EscalationRequest fresh = requests.add(2L, 2, "bo", false, null);
        requests.age(2L, fresh.sequence(), now.minusSeconds(30));

        assertThat(sweep.sweep()).isEqualTo(1);
        verify(scheduler).schedule(requests.find(1L, dead.sequence()).orElseThrow());
        verify(scheduler, never()).schedule(requests.find(2L, fresh.sequence()).orElseThrow());
    }

    @Test
    void finishedRequestsAreNeverRescheduled() throws Exception {
        EscalationRequest done = requests.add(1L, 2, "ann", false, null);
        requests.finish(1L, done.sequence(), EscalationRequest.State.READY, null);
        requests.age(1L, done.sequence(), Instant.EPOCH);

        assertThat(sweep.sweep()).isZero();
        verify(scheduler, never()).schedule(any(EscalationRequest.class));
    }
}

package dev.handoff.jira.load;

import dev.handoff.jira.fakes.InMemoryEscalationRequests;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.RegenerateLimits;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RequestRateLimiterTest {

    private final InMemoryEscalationRequests requests = new InMemoryEscalationRequests();
    private final HandoffSettings settings = mock(HandoffSettings.class);

    private RequestRateLimiter limiterAt(Instant now) {
        when(settings.regenerateLimits()).thenReturn(new RegenerateLimits(2, 3));
        return new RequestRateLimiter(requests, settings, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void requests_older_than_an_hour_no_longer_count() {
        requests.add(7L, 2, "ann", false, null);
        requests.add(7L, 2, "ann", false, null);

        assertThat(limiterAt(Instant.now()).refusal(7L, "bob")).isPresent();
        assertThat(limiterAt(Instant.now().plusSeconds(3601)).refusal(7L, "bob")).isEmpty();
    }

    @Test
    void the_per_user_limit_counts_the_users_requests_on_every_issue() {
        requests.add(1L, 2, "ann", false, null);
        requests.add(2L, 2, "ann", false, null);
        requests.add(3L, 2, "ann", false, null);

        assertThat(limiterAt(Instant.now()).refusal(4L, "ann")).hasValueSatisfying(m -> assertThat(m).contains("You requested 3"));
        assertThat(limiterAt(Instant.now()).refusal(4L, "bob")).isEmpty();
    }
}

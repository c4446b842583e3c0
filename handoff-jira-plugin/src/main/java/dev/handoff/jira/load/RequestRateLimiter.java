package dev.handoff.jira.load;

import dev.handoff.jira.escalation.EscalationRequestRepository;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.RegenerateLimits;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Per-issue and per-user hourly limits on drafts requested by hand. Counted from the stored requests, so the limit
 * holds across nodes and restarts; escalations through a transition never count and are never limited.
 */
@Named
public class RequestRateLimiter {

    static final Duration WINDOW = Duration.ofHours(1);

    private final EscalationRequestRepository requests;
    private final HandoffSettings settings;
    private final Clock clock;

    @Inject
    public RequestRateLimiter(EscalationRequestRepository requests, HandoffSettings settings) {
        this(requests, settings, Clock.systemUTC());
    }

    public RequestRateLimiter(EscalationRequestRepository requests, HandoffSettings settings, Clock clock) {
        this.requests = requests;
        this.settings = settings;
        this.clock = clock;
    }

    /** Why a new request by {@code userKey} for the issue is refused now; empty when it may go ahead. */
    public Optional<String> refusal(long issueId, String userKey) {
        RegenerateLimits limits = settings.regenerateLimits();
        Instant since = clock.instant().minus(WINDOW);
        if (requests.countManualSince(issueId, null, since) >= limits.perIssuePerHour()) {
            return Optional.of("This issue already had " + limits.perIssuePerHour()
                    + " drafts requested in the last hour; try again later.");
        }
        if (requests.countManualSince(null, userKey, since) >= limits.perUserPerHour()) {
            return Optional.of("You requested " + limits.perUserPerHour()
                    + " drafts in the last hour; try again later.");
        }
        return Optional.empty();
    }
}

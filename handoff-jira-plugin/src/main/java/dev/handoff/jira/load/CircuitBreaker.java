package dev.handoff.jira.load;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Stops calling a model server that keeps failing: after {@code failures} consecutive failures the breaker opens
 * and drafts are deterministic for {@code openFor}; then one trial call is let through (half-open), and its outcome
 * closes or reopens the breaker. State is per node on purpose: a server unreachable from one node may be reachable
 * from another, and each node learns within {@code failures} calls.
 */
public final class CircuitBreaker {

    private final Clock clock;
    private int consecutiveFailures;
    private Instant openUntil;
    private boolean trialInFlight;
    private String lastFailure;

    public CircuitBreaker(Clock clock) {
        this.clock = clock;
    }

    /** Whether a call may go ahead now. While half-open only one caller gets {@code true} until it reports back. */
    public synchronized boolean allow() {
        if (openUntil == null) {
            return true;
        }
        if (clock.instant().isBefore(openUntil) || trialInFlight) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    public synchronized void success() {
        consecutiveFailures = 0;
        openUntil = null;
        trialInFlight = false;
        lastFailure = null;
    }

    /**
     * @param failures threshold of consecutive failures that opens the breaker, and {@code openFor} how long; both
     *                 read per call, so an admin's change applies at once
     */
    public synchronized void failure(String reason, int failures, Duration openFor) {
        consecutiveFailures++;
        trialInFlight = false;
        lastFailure = reason;
        if (consecutiveFailures >= failures) {
            openUntil = clock.instant().plus(openFor);
        }
    }

    /** The caller that was let through did not call after all (e.g. no free slot): another may try. */
    public synchronized void abandon() {
        trialInFlight = false;
    }

    /** When the breaker closes again (for the health page and the fallback reason); empty when closed. */
    public synchronized Optional<Instant> openUntil() {
        return Optional.ofNullable(openUntil);
    }

    public synchronized Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }
}

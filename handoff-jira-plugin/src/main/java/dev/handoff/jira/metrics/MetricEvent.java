package dev.handoff.jira.metrics;

import java.time.Instant;
import java.util.Objects;

/**
 * A small outcome event, recorded from install on because the outcome measures cannot be rebuilt later. Holds
 * identifiers and numbers only; {@code detail} is a short code or a redacted reason, never ticket text.
 *
 * @param value per kind: DRAFTED filled environment slots (0-5), APPROVED lines changed by the approver,
 *              TIER2_COMMENT questions repeating what the note held, otherwise 0
 */
public record MetricEvent(long issueId, Kind kind, Instant at, String userKey, int tier, int value, String detail) {

    public enum Kind { ESCALATED, DRAFTED, APPROVED, REJECTED, TIER2_COMMENT, REASSIGNED }

    public static final int MAX_DETAIL = 255;

    public MetricEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }
}

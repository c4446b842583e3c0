package dev.handoff.core.model;

import java.time.Instant;

/** One field change from the change history. */
public record HistoryItem(Person author, Instant when, String field, String from, String to) {
}

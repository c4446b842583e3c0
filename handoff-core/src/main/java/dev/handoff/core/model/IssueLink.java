package dev.handoff.core.model;

/** A link to another issue, e.g. type "Duplicate", direction "outward", key "AC-123". */
public record IssueLink(String type, String direction, String issueKey, String summary) {
}

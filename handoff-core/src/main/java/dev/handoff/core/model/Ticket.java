package dev.handoff.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * In-memory snapshot of a Jira issue, as the audience of a draft may see it. Never persisted:
 * what is stored is the redacted note and the facts with their source references.
 */
public record Ticket(
        String key,
        String summary,
        String description,
        String environment,
        String issueType,
        String status,
        String priority,
        String resolution,
        Person reporter,
        Person assignee,
        Instant created,
        Instant resolved,
        List<String> components,
        List<String> labels,
        List<String> versions,
        List<Comment> comments,
        List<HistoryItem> history,
        List<String> attachmentNames,
        List<IssueLink> links) {

    public Ticket {
        Objects.requireNonNull(key, "key");
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
        environment = environment == null ? "" : environment;
        reporter = reporter == null ? Person.UNKNOWN : reporter;
        components = List.copyOf(components == null ? List.of() : components);
        labels = List.copyOf(labels == null ? List.of() : labels);
        versions = List.copyOf(versions == null ? List.of() : versions);
        comments = List.copyOf(comments == null ? List.of() : comments);
        history = List.copyOf(history == null ? List.of() : history);
        attachmentNames = List.copyOf(attachmentNames == null ? List.of() : attachmentNames);
        links = List.copyOf(links == null ? List.of() : links);
    }

    /** The same ticket with its environment field emptied, as evaluations run it. */
    public Ticket withoutEnvironment() {
        return new Ticket(key, summary, description, "", issueType, status, priority, resolution, reporter, assignee,
                created, resolved, components, labels, versions, comments, history, attachmentNames, links);
    }
}

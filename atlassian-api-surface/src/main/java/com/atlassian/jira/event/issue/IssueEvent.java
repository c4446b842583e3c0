package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

// Source: jira-api IssueEvent (published through EventPublisher for system issue events, deletion included).
// UNVERIFIED: superclass AbstractEvent and interfaces not declared; the real constructors are not mirrored (the plugin
// only receives events), so the one here exists only to throw.
public class IssueEvent {
    protected IssueEvent() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED: the comment added with the event (comment events and transitions with a comment), else null.
    public com.atlassian.jira.issue.comments.Comment getComment() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED: the user who caused the event (ApplicationUser since Jira 7).
    public com.atlassian.jira.user.ApplicationUser getUser() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}

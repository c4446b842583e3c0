package com.atlassian.jira.issue;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.user.ApplicationUser;

// Source: DOC-7 /jira/7.0.6/.../IssueManager.html; SLACK-J10 (getIssueObject, getIssueByCurrentKey, getIssueByKeyIgnoreCase); CONDEC (updateIssue)
public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    MutableIssue getIssueByCurrentKey(String key);

    MutableIssue getIssueByKeyIgnoreCase(String key);

    Issue updateIssue(ApplicationUser user, MutableIssue issue, EventDispatchOption eventDispatchOption, boolean sendMail);
}

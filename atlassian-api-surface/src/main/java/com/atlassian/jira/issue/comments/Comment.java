package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Date;

// Source: DOC-7 Comment
// UNVERIFIED: exact member list for Jira 10.
public interface Comment {
    Long getId();

    String getBody();

    ApplicationUser getAuthorApplicationUser();

    String getAuthorKey();

    Date getCreated();

    Date getUpdated();

    String getGroupLevel();

    Long getRoleLevelId();

    Issue getIssue();
}

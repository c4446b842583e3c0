package com.atlassian.jira.issue.status;

// Source: DOC-7 (return type of Issue#getStatus, §2.1); SP-10 velocity allowlist IssueImpl#getStatus(); package in SLACK-J10 Import-Package
// UNVERIFIED: member list (getId, getName) inferred, not listed in the reference.
public interface Status {
    String getId();

    String getName();
}

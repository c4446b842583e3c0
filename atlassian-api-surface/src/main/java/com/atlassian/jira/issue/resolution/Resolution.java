package com.atlassian.jira.issue.resolution;

// Source: return type of Issue#getResolution (Jira 7 Javadoc)
// UNVERIFIED: the real interface extends IssueConstant (not declared here); only getId and getName mirrored.
public interface Resolution {
    String getId();

    String getName();
}

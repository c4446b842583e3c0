package com.atlassian.jira.bc.project.component;

// Source: docs.atlassian.com/jira/latest Issue#getComponents returns Collection<ProjectComponent>
// UNVERIFIED: only getId and getName mirrored; the real interface has more members.
public interface ProjectComponent {
    Long getId();

    String getName();
}

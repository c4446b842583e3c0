package com.atlassian.jira.project;

import com.atlassian.jira.project.type.ProjectTypeKey;

// Source: DOC-7 (Issue#getProjectObject, JiraHelper#getProject); §17 (JSM projects have project type key "service_desk")
// UNVERIFIED: member list (getId, getKey, getName, getProjectTypeKey) inferred, not listed in the reference.
public interface Project {
    Long getId();

    String getKey();

    String getName();

    ProjectTypeKey getProjectTypeKey();
}

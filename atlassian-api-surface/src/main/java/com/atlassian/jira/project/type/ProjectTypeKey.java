package com.atlassian.jira.project.type;

// Source: §17 (project type key "service_desk" identifies a JSM project)
// UNVERIFIED: type name, package and members (constructor(String), getKey()) not in the reference.
public final class ProjectTypeKey {
    public ProjectTypeKey(String key) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public String getKey() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}

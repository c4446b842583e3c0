package com.atlassian.jira.security.roles;

// Source: DOC-7 /jira/6.2.1/.../ProjectRoleManager.html (return type)
// UNVERIFIED: member list (getId, getName, getDescription) inferred.
public interface ProjectRole {
    Long getId();

    String getName();

    String getDescription();
}

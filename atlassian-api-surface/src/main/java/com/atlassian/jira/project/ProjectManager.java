package com.atlassian.jira.project;

import java.util.List;

// Source: brief (ProjectManager); package com.atlassian.jira.project in SLACK-J10 Import-Package (§13.2)
// UNVERIFIED: not listed in the reference; members inferred.
public interface ProjectManager {
    Project getProjectObj(Long id);

    Project getProjectObjByKey(String projectKey);

    List<Project> getProjectObjects();
}

package com.atlassian.jira.security.roles;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

// Source: DOC-7 /jira/8.22.4/.../DefaultProjectRoleManager.html, /jira/6.2.1/.../ProjectRoleManager.html
public interface ProjectRoleManager {
    ProjectRole getProjectRole(String name);

    ProjectRole getProjectRole(Long id);

    // UNVERIFIED: exact signature not in the 8.22 page excerpt (well known).
    boolean isUserInProjectRole(ApplicationUser user, ProjectRole projectRole, Project project);

    Collection<ProjectRole> getProjectRoles(ApplicationUser user, Project project);
}

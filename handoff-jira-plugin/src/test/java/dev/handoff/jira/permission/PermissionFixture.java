package dev.handoff.jira.permission;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.Set;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Jira's permission services mocked (the compile-only surface cannot run), with distinct permission keys, one issue
 * {@code SD-7} in project SD, and the real {@link TierResolver} and {@link HandoffPermissions} on top.
 */
public final class PermissionFixture {

    public final PermissionManager permissionManager = mock(PermissionManager.class);
    public final GroupManager groupManager = mock(GroupManager.class);
    public final ProjectRoleManager projectRoleManager = mock(ProjectRoleManager.class);
    public final GlobalPermissionManager globalPermissionManager = mock(GlobalPermissionManager.class);
    public final PluginSettingsFactory pluginSettingsFactory = mock(PluginSettingsFactory.class);
    public final PluginSettings settings = mock(PluginSettings.class);
    public final PermissionKeys keys = mock(PermissionKeys.class);
    public final ProjectPermissionKey browse = mock(ProjectPermissionKey.class);
    public final ProjectPermissionKey addComments = mock(ProjectPermissionKey.class);
    public final GlobalPermissionKey administer = mock(GlobalPermissionKey.class);
    public final Project project = mock(Project.class);
    public final MutableIssue issue = mock(MutableIssue.class);
    public final TierResolver tiers;
    public final HandoffPermissions permissions;

    public PermissionFixture() {
        when(keys.browse()).thenReturn(browse);
        when(keys.addComments()).thenReturn(addComments);
        when(keys.administer()).thenReturn(administer);
        when(pluginSettingsFactory.createGlobalSettings()).thenReturn(settings);
        when(project.getKey()).thenReturn("SD");
        when(issue.getId()).thenReturn(7L);
        when(issue.getKey()).thenReturn("SD-7");
        when(issue.getProjectObject()).thenReturn(project);
        tiers = new TierResolver(pluginSettingsFactory, groupManager, globalPermissionManager, keys);
        permissions = new HandoffPermissions(permissionManager, groupManager, projectRoleManager, tiers, keys);
    }

    /** A user with the given Jira rights on {@code SD-7} and group memberships. */
    public ApplicationUser user(String name, boolean mayBrowse, boolean mayComment, boolean admin, String... groups) {
        ApplicationUser u = mock(ApplicationUser.class, name);
        when(u.getKey()).thenReturn(name);
        when(u.getDisplayName()).thenReturn(name);
        when(permissionManager.hasPermission(eq(browse), any(Issue.class), eq(u))).thenReturn(mayBrowse);
        when(permissionManager.hasPermission(eq(addComments), any(Issue.class), eq(u))).thenReturn(mayComment);
        when(globalPermissionManager.hasPermission(administer, u)).thenReturn(admin);
        Set<String> in = Set.of(groups);
        when(groupManager.isUserInGroup(eq(u), anyString())).thenAnswer(inv -> in.contains(inv.<String>getArgument(1)));
        return u;
    }

    /** Puts {@code user} in project role {@code roleName} of project SD. */
    public void inRole(ApplicationUser user, String roleName) {
        ProjectRole role = mock(ProjectRole.class);
        when(role.getName()).thenReturn(roleName);
        when(projectRoleManager.getProjectRole(roleName)).thenReturn(role);
        when(projectRoleManager.isUserInProjectRole(user, role, project)).thenReturn(true);
    }
}

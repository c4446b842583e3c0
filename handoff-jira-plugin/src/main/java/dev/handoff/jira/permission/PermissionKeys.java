package dev.handoff.jira.permission;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;

import javax.inject.Inject;
import javax.inject.Named;

/**
 * The Jira permission keys Handoff's rules use, read when a rule is evaluated (never in a constructor
 * or static initialiser). One seam so that tests can tell the keys apart: the compile-only surface
 * declares Jira's constants as {@code null}.
 */
@Named
public class PermissionKeys {

    @Inject
    public PermissionKeys() {
    }

    /** May see the issue at all. */
    public ProjectPermissionKey browse() {
        return ProjectPermissions.BROWSE_PROJECTS;
    }

    /** May add a comment to the issue: approving posts the note as a (restricted) comment. */
    public ProjectPermissionKey addComments() {
        return ProjectPermissions.ADD_COMMENTS;
    }

    /** Jira administrators. */
    public GlobalPermissionKey administer() {
        return GlobalPermissionKey.ADMINISTER;
    }
}

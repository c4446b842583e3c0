package com.atlassian.jira.security.groups;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.user.ApplicationUser;

// Source: §5 (UNVERIFIED there: no 9/10 source seen, widely used)
public interface GroupManager {
    // UNVERIFIED: no Jira 9/10 source seen.
    boolean isUserInGroup(ApplicationUser user, String groupName);

    // UNVERIFIED: no Jira 9/10 source seen.
    boolean isUserInGroup(ApplicationUser user, Group group);

    // UNVERIFIED: no Jira 9/10 source seen.
    Group getGroup(String groupName);
}

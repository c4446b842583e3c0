package dev.handoff.jira.users;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import javax.inject.Inject;
import javax.inject.Named;

/** Display names from Jira's user manager: Handoff stores user keys, which survive renames, and shows names. */
@Named
public class JiraUserNames implements UserNames {

    private final UserManager userManager;

    @Inject
    public JiraUserNames(@ComponentImport UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public String displayName(String userKey) {
        if (userKey == null) {
            return null;
        }
        ApplicationUser u = userManager.getUserByKey(userKey);
        return u == null || u.getDisplayName() == null ? userKey : u.getDisplayName();
    }
}

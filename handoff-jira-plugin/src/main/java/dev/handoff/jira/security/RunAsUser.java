package dev.handoff.jira.security;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.function.Supplier;

/**
 * Runs background work explicitly as one user. Scheduler threads are pooled: whatever user a previous
 * job left behind must never leak into the next, so the previous user is restored in every case.
 */
@Named
public class RunAsUser {

    private final JiraAuthenticationContext authenticationContext;

    @Inject
    public RunAsUser(@ComponentImport JiraAuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public <T> T call(ApplicationUser user, Supplier<T> work) {
        ApplicationUser previous = authenticationContext.getLoggedInUser();
        authenticationContext.setLoggedInUser(user);
        try {
            return work.get();
        } finally {
            authenticationContext.setLoggedInUser(previous);
        }
    }
}

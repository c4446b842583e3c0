package com.atlassian.jira.web.action;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

// Source: SP-10 atlassian-plugin.xml <webwork1> actions extending JiraWebActionSupport (§4.5); package com.atlassian.jira.web.action in SLACK-J10 Import-Package
// UNVERIFIED: the whole member list. The real class extends webwork.action.ActionSupport (outside com.atlassian, not declared here);
// the members below are the usual webwork/Jira ones an admin action needs, inferred, not listed in the reference.
// Constructor is empty (not throwing) so plugin actions can be instantiated in unit tests.
public class JiraWebActionSupport {
    // UNVERIFIED: webwork Action result constants.
    public static final String SUCCESS = "success";
    // UNVERIFIED: webwork Action result constants.
    public static final String ERROR = "error";
    // UNVERIFIED: webwork Action result constants.
    public static final String INPUT = "input";

    public JiraWebActionSupport() {
    }

    // UNVERIFIED: webwork entry point.
    public String execute() throws Exception {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED: webwork hook overridden by actions.
    protected String doExecute() throws Exception {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED: webwork "!default" command.
    public String doDefault() throws Exception {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED: webwork validation hook.
    protected void doValidation() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED
    public ApplicationUser getLoggedInUser() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED
    public String getText(String key) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED
    public String getXsrfToken() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED
    public String getRedirect(String defaultUrl) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED
    public void addErrorMessage(String message) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED
    public void addError(String field, String message) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED
    public boolean hasAnyErrors() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED
    public boolean hasGlobalPermission(GlobalPermissionKey globalPermissionKey) {
        throw new UnsupportedOperationException("compile-only surface");
    }
}

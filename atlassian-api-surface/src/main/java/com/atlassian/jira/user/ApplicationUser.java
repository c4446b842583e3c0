package com.atlassian.jira.user;

// Source: SP-10 (getKey in currentUser()); §5
public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getName();

    String getDisplayName();

    String getEmailAddress();

    boolean isActive();

    Long getId();
}

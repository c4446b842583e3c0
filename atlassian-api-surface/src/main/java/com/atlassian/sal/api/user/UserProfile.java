package com.atlassian.sal.api.user;

// Source: DEC-P6 sal-api 5.1.4 (profile picture/page URI members omitted)
public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();
}

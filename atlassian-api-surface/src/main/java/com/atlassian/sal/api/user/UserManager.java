package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

// Source: DEC-P6 sal-api 5.1.4 (Jira 10 ships SAL 6.0.x; javax.servlet in 9 and 10). Not to be confused with com.atlassian.jira.user.util.UserManager.
// Deprecated String variants are not mirrored.
public interface UserManager {
    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getRemoteUser(HttpServletRequest request);

    UserKey getRemoteUserKey(HttpServletRequest request);

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);

    boolean isSystemAdmin(UserKey userKey);

    boolean isAdmin(UserKey userKey);

    boolean isLicensed(UserKey userKey);

    default boolean isLimitedUnlicensedUser(UserKey userKey) {
        throw new UnsupportedOperationException("compile-only surface");
    }
}

package com.atlassian.jira.permission;

// Source: SLACK-J10 (ADMINISTER)
// Constants are null here (compile-only; the real values come from Jira at runtime). Only received/compared, no constructor exposed.
public final class GlobalPermissionKey {
    public static final GlobalPermissionKey ADMINISTER = null;
    // UNVERIFIED: by source (well known).
    public static final GlobalPermissionKey SYSTEM_ADMIN = null;
    // UNVERIFIED: by source (well known).
    public static final GlobalPermissionKey USE = null;

    private GlobalPermissionKey() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}

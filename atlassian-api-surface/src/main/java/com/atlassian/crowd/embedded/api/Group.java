package com.atlassian.crowd.embedded.api;

// Source: §5 (parameter/return type of GroupManager)
// UNVERIFIED: member list (getName) inferred.
public interface Group {
    String getName();
}

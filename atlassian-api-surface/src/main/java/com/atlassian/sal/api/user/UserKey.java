package com.atlassian.sal.api.user;

import java.io.Serializable;

// Source: DEC-P6 sal-api 5.1.4 (final, Serializable)
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;

    public UserKey(String userKey) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static UserKey fromLong(long userId) {
        throw new UnsupportedOperationException("compile-only surface");
    }
}

package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

// Source: CONDEC import; DOC-7
// Only received from Jira here, so no constructor is exposed (private); real public constructors are not mirrored.
public class ChangeItemBean {
    private ChangeItemBean() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public String getField() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public String getFrom() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public String getFromString() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public String getTo() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public String getToString() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Timestamp getCreated() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}

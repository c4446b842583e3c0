package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

// Source: CFR-decompiled Atlassian anonymisation handlers (new ServiceResultImpl(errorCollection) as update's result).
// UNVERIFIED: other constructors (with a WarningCollection) are not declared.
public class ServiceResultImpl implements ServiceResult {
    public ServiceResultImpl(ErrorCollection errorCollection) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    @Override
    public boolean isValid() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    @Override
    public ErrorCollection getErrorCollection() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}

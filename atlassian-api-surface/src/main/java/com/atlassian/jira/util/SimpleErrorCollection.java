package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

// Source: CFR-decompiled Atlassian anonymisation handlers (new SimpleErrorCollection(), addErrorMessage).
// UNVERIFIED: the full member list; only the ErrorCollection members declared in this surface are mirrored.
public class SimpleErrorCollection implements ErrorCollection {
    public SimpleErrorCollection() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    @Override
    public void addErrorMessage(String message) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    @Override
    public void addError(String field, String message) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    @Override
    public boolean hasAnyErrors() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    @Override
    public Collection<String> getErrorMessages() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    @Override
    public Map<String, String> getErrors() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}

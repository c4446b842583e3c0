package com.atlassian.jira.event.type;

// Source: DOC-7 (constants ISSUE_UPDATED, DO_NOT_DISPATCH; factory withEventType)
// UNVERIFIED: declared as an interface; whether the real type is an interface or a class, and the factory name/placement, not seen in a 9/10 source.
// Constants are null here (compile-only); the real values come from Jira at runtime.
public interface EventDispatchOption {
    EventDispatchOption DO_NOT_DISPATCH = null;

    EventDispatchOption ISSUE_UPDATED = null;

    // UNVERIFIED: factory method name as given in the reference.
    static EventDispatchOption withEventType(Long eventTypeId) {
        throw new UnsupportedOperationException("compile-only surface");
    }
}

package com.atlassian.jira.util.json;

// Source: CONDEC (parameter type of CommentManager#create with commentProperties); §17
// UNVERIFIED: constructors and members (org.json-style API with checked JSONException) not listed in the reference.
public class JSONObject {
    public JSONObject() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED: org.json-style parsing constructor.
    public JSONObject(String source) throws JSONException {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED: org.json-style put.
    public JSONObject put(String key, boolean value) throws JSONException {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED: org.json-style put.
    public JSONObject put(String key, Object value) throws JSONException {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED: org.json-style optBoolean.
    public boolean optBoolean(String key) {
        throw new UnsupportedOperationException("compile-only surface");
    }
}

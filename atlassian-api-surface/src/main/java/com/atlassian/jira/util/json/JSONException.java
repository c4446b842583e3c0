package com.atlassian.jira.util.json;

// Source: companion of JSONObject (CONDEC, §17)
// UNVERIFIED: declared checked (extends Exception); checked is the safe direction for code compiled against this surface.
public class JSONException extends Exception {
    private static final long serialVersionUID = 1L;

    public JSONException(String message) {
        super(message);
    }

    public JSONException(Throwable cause) {
        super(cause);
    }
}

package com.atlassian.sal.api.net;

// Source: thrown by Request#execute* (applinks-api source imports it). UNVERIFIED: checked, constructors.
// Constructors delegate to super so plugin code and tests can throw it.
public class ResponseException extends Exception {
    private static final long serialVersionUID = 1L;

    public ResponseException(String message) {
        super(message);
    }

    public ResponseException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseException(Throwable cause) {
        super(cause);
    }
}

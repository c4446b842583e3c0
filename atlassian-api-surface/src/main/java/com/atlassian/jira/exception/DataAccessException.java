package com.atlassian.jira.exception;

// Source: JSRC-old (import in AbstractJiraFunctionProvider)
// UNVERIFIED: superclass RuntimeException (reference marks it unchecked but unverified); constructors inferred.
// Exception constructors delegate to super so plugin tests and fakes can throw it.
public class DataAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataAccessException(String message) {
        super(message);
    }

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }

    public DataAccessException(Throwable cause) {
        super(cause);
    }
}

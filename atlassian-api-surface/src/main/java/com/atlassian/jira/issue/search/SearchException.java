package com.atlassian.jira.issue.search;

// Source: CONDEC (checked: declared in SearchService#search throws)
// UNVERIFIED: superclass Exception and constructors inferred (declared checked, the safe direction).
// Exception constructors delegate to super so plugin code and tests can throw it.
public class SearchException extends Exception {
    private static final long serialVersionUID = 1L;

    public SearchException() {
        super();
    }

    public SearchException(String message) {
        super(message);
    }

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }

    public SearchException(Throwable cause) {
        super(cause);
    }
}

package com.atlassian.sal.api.websudo;

// Source: DEC-P6 sal-api 5.1.4 (extends RuntimeException; ctors (), (String), (String, Throwable))
// Exception constructors delegate to super so plugin code and tests can throw it.
public class WebSudoSessionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WebSudoSessionException() {
        super();
    }

    public WebSudoSessionException(String message) {
        super(message);
    }

    public WebSudoSessionException(String message, Throwable cause) {
        super(message, cause);
    }
}

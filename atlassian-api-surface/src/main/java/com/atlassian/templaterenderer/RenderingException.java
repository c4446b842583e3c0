package com.atlassian.templaterenderer;

// Source: DEC-P6 atlassian-template-renderer-api 5.0.4 (extends RuntimeException; ctors (String, Throwable), (String), (Throwable))
// Exception constructors delegate to super so plugin code and tests can throw it.
public class RenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}

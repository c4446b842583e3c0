package com.atlassian.plugin;

// Source: DEC-P6 webfragment-api 6.0.1 (thrown by Condition/ContextProvider#init)
// UNVERIFIED: superclass; the real class extends PluginException (a RuntimeException); declared here directly on RuntimeException.
// Exception constructors delegate to super so plugin code and tests can throw it.
public class PluginParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginParseException() {
        super();
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }
}

package dev.handoff.jira.load;

/** The model was not called; the message says why in words an admin can act on, and never holds ticket text. */
public class ModelUnavailableException extends RuntimeException {

    public ModelUnavailableException(String reason) {
        super(reason);
    }
}

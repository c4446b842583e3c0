package dev.handoff.jira.draft;

/** A decision on a draft version that is no longer the latest, or already decided. */
public final class DraftConflictException extends Exception {

    private static final long serialVersionUID = 1L;

    public DraftConflictException(String message) {
        super(message);
    }
}

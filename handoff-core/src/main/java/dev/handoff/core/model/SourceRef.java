package dev.handoff.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a fact came from: a field or a comment, with the character span in that source's
 * normalised text, its author, time and visibility. A renderer drops facts whose source the
 * viewer may not see, and prints the reference ("comment 4, J. Doe, 12 Mar").
 */
public record SourceRef(Kind kind, String commentId, int commentNumber, Person author, Instant when,
                        Visibility visibility, int start, int end) {

    public enum Kind { SUMMARY, DESCRIPTION, ENVIRONMENT_FIELD, COMMENT, COMPONENTS, ATTACHMENT, HISTORY }

    public SourceRef {
        Objects.requireNonNull(kind, "kind");
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
        author = author == null ? Person.UNKNOWN : author;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public static SourceRef field(Kind kind, Person author, Instant when, int start, int end) {
        return new SourceRef(kind, null, 0, author, when, Visibility.PUBLIC, start, end);
    }

    public static SourceRef comment(Comment c, int start, int end) {
        return new SourceRef(Kind.COMMENT, c.id(), c.number(), c.author(), c.created(), c.visibility(), start, end);
    }

    public SourceRef withSpan(int newStart, int newEnd) {
        return new SourceRef(kind, commentId, commentNumber, author, when, visibility, newStart, newEnd);
    }
}

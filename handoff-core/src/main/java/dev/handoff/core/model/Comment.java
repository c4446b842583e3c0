package dev.handoff.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One comment of the thread. {@code number} is its 1-based position in the thread, the way people
 * refer to it ("comment 4"). The body is Jira wiki markup or e-mail text, unredacted: it only lives
 * in the in-memory snapshot a draft is built from.
 */
public record Comment(String id, int number, Person author, Instant created, String body, Visibility visibility) {

    public Comment {
        Objects.requireNonNull(id, "id");
        if (number < 1) {
            throw new IllegalArgumentException("comment number starts at 1, got " + number);
        }
        author = author == null ? Person.UNKNOWN : author;
        body = body == null ? "" : body;
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
    }
}

package dev.handoff.core.ledger;

import dev.handoff.core.model.Comment;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.model.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds tickets for tests and the source texts a normaliser would hand over. The texts are the raw
 * bodies (the snippets used are plain already), so offsets are easy to check.
 */
public final class ThreadFixture {

    private final String key;
    private Person reporter = new Person("requester", "Requester");
    private Instant created = Instant.parse("2024-03-12T09:00:00Z");
    private String summary = "";
    private String description = "";
    private String environment = "";
    private final List<Comment> comments = new ArrayList<>();

    private ThreadFixture(String key) {
        this.key = key;
    }

    public static ThreadFixture ticket(String key) {
        return new ThreadFixture(key);
    }

    public ThreadFixture reporter(String userKey, String name) {
        reporter = new Person(userKey, name);
        return this;
    }

    public ThreadFixture created(String iso) {
        created = Instant.parse(iso);
        return this;
    }

    public ThreadFixture summary(String s) {
        summary = s;
        return this;
    }

    public ThreadFixture description(String s) {
        description = s;
        return this;
    }

    public ThreadFixture environment(String s) {
        environment = s;
        return this;
    }

    public ThreadFixture comment(String userKey, String name, String iso, String body) {
        return comment(userKey, name, iso, body, Visibility.PUBLIC);
    }

    public ThreadFixture internal(String userKey, String name, String iso, String body) {
        return comment(userKey, name, iso, body, Visibility.INTERNAL);
    }

    public ThreadFixture comment(String userKey, String name, String iso, String body, Visibility v) {
        int n = comments.size() + 1;
        comments.add(new Comment("c" + n, n, new Person(userKey, name), Instant.parse(iso), body, v));
        return this;
    }

    /** A public comment by the reporter. */
    public ThreadFixture reply(String iso, String body) {
        return comment(reporter.key(), reporter.displayName(), iso, body);
    }

    public Ticket build() {
        return new Ticket(key, summary, description, environment, "Bug", "Open", null, null, reporter, null, created, null,
                List.of(), List.of(), List.of(), comments, List.of(), List.of(), List.of());
    }

    /** What ThreadNormalizer hands over for these bodies: one text per non-empty field and comment. */
    public static List<SourceText> sources(Ticket t) {
        List<SourceText> out = new ArrayList<>();
        if (!t.summary().isEmpty()) {
            out.add(new SourceText(SourceRef.field(SourceRef.Kind.SUMMARY, t.reporter(), t.created(), 0, t.summary().length()), t.summary()));
        }
        if (!t.description().isEmpty()) {
            out.add(new SourceText(SourceRef.field(SourceRef.Kind.DESCRIPTION, t.reporter(), t.created(), 0, t.description().length()), t.description()));
        }
        if (!t.environment().isEmpty()) {
            out.add(new SourceText(SourceRef.field(SourceRef.Kind.ENVIRONMENT_FIELD, t.reporter(), t.created(), 0, t.environment().length()), t.environment()));
        }
        for (Comment c : t.comments()) {
            out.add(new SourceText(SourceRef.comment(c, 0, c.body().length()), c.body()));
        }
        return out;
    }
}

package dev.handoff.core.extract;

import dev.handoff.core.model.Comment;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Visibility;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the source texts of a test ticket from raw fields, the way the thread normaliser hands them over. */
final class Sources {

    static final Person REPORTER = new Person("reporter", "Rita Reporter");
    static final Person SUPPORT = new Person("support", "Sam Support");
    private static final Instant WHEN = Instant.parse("2015-03-01T10:00:00Z");

    private final List<SourceText> list = new ArrayList<>();
    private int comments;

    static Sources ticket() {
        return new Sources();
    }

    Sources summary(String text) {
        list.add(new SourceText(SourceRef.field(SourceRef.Kind.SUMMARY, REPORTER, WHEN, 0, text.length()), text));
        return this;
    }

    Sources description(String text) {
        list.add(new SourceText(SourceRef.field(SourceRef.Kind.DESCRIPTION, REPORTER, WHEN, 0, text.length()), text));
        return this;
    }

    Sources environment(String text) {
        list.add(new SourceText(SourceRef.field(SourceRef.Kind.ENVIRONMENT_FIELD, REPORTER, WHEN, 0, text.length()), text));
        return this;
    }

    Sources comment(Person author, String text) {
        comments++;
        Comment c = new Comment(String.valueOf(1000 + comments), comments, author, WHEN.plusSeconds(comments), text,
                Visibility.PUBLIC);
        list.add(new SourceText(SourceRef.comment(c, 0, text.length()), text));
        return this;
    }

    List<SourceText> build() {
        return List.copyOf(list);
    }
}

package dev.handoff.core.knowledge;

import dev.handoff.core.prose.RunbookPassage;

import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * What the knowledge step adds to a draft: approved runbooks at or below the draft's tier, similar resolved
 * tickets and a suggested team with its evidence. Everything here is already redacted. The suggestion is
 * shown, never applied. {@code problems} says what could not be looked up (e.g. the search failed), so a
 * missing section is never mistaken for "nothing matched".
 */
public record DraftKnowledge(List<Runbook> runbooks, List<SimilarIssue> similar, TeamHint team, List<String> problems) {

    public static final DraftKnowledge NONE = new DraftKnowledge(List.of(), List.of(), null, List.of());

    /** An approved document's matching passage; {@code link} is where a person reads the whole (may be null). */
    public record Runbook(String id, String title, int tier, double score, String passage, String link) {
        public Runbook {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            passage = passage == null ? "" : passage;
            if (tier < 1 || tier > 3) {
                throw new IllegalArgumentException("tier must be 1..3, got " + tier);
            }
        }
    }

    /** An earlier resolved ticket: how it was resolved and by whom (null when unknown). */
    public record SimilarIssue(String key, String summary, String resolution, String resolvedBy, double score) {
        public SimilarIssue {
            Objects.requireNonNull(key, "key");
            summary = summary == null ? "" : summary;
            resolution = resolution == null ? "" : resolution;
        }
    }

    /** A suggested team or category; {@code team} is null when history does not support one ("not enough history"). */
    public record TeamHint(String team, String evidence) {
        public TeamHint {
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    public DraftKnowledge {
        runbooks = List.copyOf(runbooks);
        similar = List.copyOf(similar);
        problems = List.copyOf(problems);
    }

    /** The runbooks as passages a model may cite by id. */
    public List<RunbookPassage> passages() {
        return runbooks.stream().map(r -> new RunbookPassage(r.id(), r.title(), r.passage())).toList();
    }

    public boolean isEmpty() {
        return runbooks.isEmpty() && similar.isEmpty() && team == null && problems.isEmpty();
    }

    /**
     * The copy one viewer may see: runbooks of tiers the viewer may read, similar tickets the viewer may browse.
     * The team hint stays: its evidence is counts, not ticket content.
     */
    public DraftKnowledge visibleTo(IntPredicate tierAllowed, Predicate<String> issueAllowed) {
        return new DraftKnowledge(runbooks.stream().filter(r -> tierAllowed.test(r.tier())).toList(),
                similar.stream().filter(s -> issueAllowed.test(s.key())).toList(), team, problems);
    }
}

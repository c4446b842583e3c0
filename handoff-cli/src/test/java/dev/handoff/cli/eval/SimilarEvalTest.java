package dev.handoff.cli.eval;

import dev.handoff.core.model.IssueLink;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.Ticket;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarEvalTest {

    private static Ticket t(String key, int day, IssueLink... links) {
        return new Ticket(key, "s", "d", "", "Bug", "Closed", null, null, Person.UNKNOWN, null,
                Instant.parse("2020-01-01T00:00:00Z").plusSeconds(86400L * day), null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(links));
    }

    @Test
    void onlyDuplicateLinksToEarlierTicketsOfTheSetAreGold() {
        Ticket old = t("AC-1", 1);
        Ticket later = t("AC-3", 3);
        Ticket outside = t("AC-4", 4, new IssueLink("Duplicate", "outward", "TIMOB-9", null));
        Ticket query = t("AC-2", 2, new IssueLink("Duplicate", "outward", "AC-1", null),
                new IssueLink("Duplicate", "inward", "AC-3", null), new IssueLink("Relates", "outward", "AC-1", null),
                new IssueLink("Duplicate", "outward", "TIMOB-9", null));
        Map<String, Ticket> byKey = Map.of("AC-1", old, "AC-2", query, "AC-3", later, "AC-4", outside);
        assertThat(SimilarEval.earlierDuplicates(query, byKey)).containsExactly("AC-1");
        assertThat(SimilarEval.earlierDuplicates(outside, byKey)).isEmpty();
    }
}

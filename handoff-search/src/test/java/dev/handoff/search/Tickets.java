package dev.handoff.search;

import dev.handoff.core.model.Person;
import dev.handoff.core.model.Ticket;

import java.time.Instant;
import java.util.List;

/** Small tickets for the tests. */
final class Tickets {

    private Tickets() {
    }

    static Ticket ticket(String key, int day, String summary, String description, String resolution, String assignee,
                         String... components) {
        return new Ticket(key, summary, description, "", "Bug", "Closed", null, resolution, new Person("r", "Reporter"),
                assignee == null ? null : new Person(assignee, assignee), Instant.parse("2020-01-01T00:00:00Z").plusSeconds(86400L * day),
                null, List.of(components), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}

package dev.handoff.search;

import dev.handoff.core.model.Ticket;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.handoff.search.Tickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

class SimilarTicketsTest {

    private final List<Ticket> history = List.of(
            ticket("AC-1", 1, "Studio crashes when opening the debugger", "Studio freezes then exits on debug start.", "Fixed", "ann", "Studio"),
            ticket("AC-2", 2, "Android build fails with dex error", "Build fails: Unable to execute dex method ID.", "Duplicate", "bob", "Titanium SDK & CLI"),
            ticket("AC-3", 3, "iOS simulator does not start", "Simulator hangs on launch.", null, null, "Titanium SDK & CLI"),
            ticket("AC-9", 9, "Android build fails with dex error again", "Unable to execute dex after upgrade.", "Fixed", "cy", "Titanium SDK & CLI"));

    @Test
    void theMostSimilarEarlierTicketComesFirstWithResolutionAndAssignee() {
        try (SimilarTickets index = new SimilarTickets(history)) {
            List<SimilarTicket> found = index.find(ticket("AC-5", 5, "dex error when building for Android", "Unable to execute dex", null, null), 3);
            assertThat(found).isNotEmpty();
            SimilarTicket first = found.get(0);
            assertThat(first.key()).isEqualTo("AC-2");
            assertThat(first.resolution()).isEqualTo("Duplicate");
            assertThat(first.resolvedBy().displayName()).isEqualTo("bob");
            assertThat(first.score()).isPositive();
        }
    }

    @Test
    void onlyTicketsCreatedBeforeTheNewOneAndNeverItselfAreCandidates() {
        try (SimilarTickets index = new SimilarTickets(history)) {
            List<SimilarTicket> found = index.find(history.get(1), 10);
            assertThat(found).extracting(SimilarTicket::key).doesNotContain("AC-2", "AC-3", "AC-9");
            assertThat(index.find(ticket("AC-0", 0, "Android build fails with dex error", "", null, null), 10)).isEmpty();
        }
    }

    @Test
    void resolvedOnlySkipsOpenTickets() {
        try (SimilarTickets index = new SimilarTickets(history)) {
            Ticket query = ticket("AC-20", 20, "iOS simulator hangs", "Simulator does not start", null, null);
            assertThat(index.find(query, 10, false)).extracting(SimilarTicket::key).contains("AC-3");
            assertThat(index.find(query, 10, true)).extracting(SimilarTicket::key).doesNotContain("AC-3");
        }
    }
}

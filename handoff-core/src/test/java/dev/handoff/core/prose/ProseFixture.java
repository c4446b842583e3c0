package dev.handoff.core.prose;

import dev.handoff.core.model.Audience;
import dev.handoff.core.model.Comment;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.model.Visibility;
import dev.handoff.core.pipeline.EscalationPipeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Tickets and requests for the prose tests, run through the real deterministic pipeline. */
final class ProseFixture {

    static final Person REQUESTER = new Person("jdoe", "Jane Doe");
    static final Person AGENT = new Person("asmith", "Alex Smith");
    static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");

    private ProseFixture() {
    }

    static Ticket ticket(String summary, String description, String... comments) {
        List<Comment> list = new ArrayList<>();
        for (int i = 0; i < comments.length; i++) {
            list.add(new Comment(String.valueOf(100 + i), i + 1, i % 2 == 0 ? AGENT : REQUESTER, T0.plusSeconds(600L * (i + 1)),
                    comments[i], Visibility.PUBLIC));
        }
        return new Ticket("SD-1", summary, description, "", "Incident", "Open", null, null, REQUESTER, AGENT, T0, null,
                List.of(), List.of(), List.of(), list, List.of(), List.of(), List.of());
    }

    static EscalationPipeline.Drafted drafted(Ticket t) {
        return EscalationPipeline.defaults().draftWithSources(t, Audience.agents(2));
    }

    static ProseRequest request(Ticket t, List<RunbookPassage> runbooks) {
        EscalationPipeline.Drafted d = drafted(t);
        return new ProseRequest(d.draft(), d.sources(), runbooks, List.of("Email", "Network", "Hardware"), "English");
    }

    static Ticket vpn() {
        return ticket("VPN drops every few minutes",
                "Since Monday the Cisco AnyConnect 4.10.07073 client on my laptop disconnects every few minutes with "
                        + "\"The VPN connection was terminated due to a loss of the secure gateway\".",
                "Hi Jane, did you already restart the laptop?",
                "Yes, I restarted the laptop twice and the VPN still disconnects.",
                "Thanks. Which Wi-Fi network are you on when it drops?",
                "At home, on my own router. On the office LAN it does not drop.");
    }

    static ModelCall call() {
        return new ModelCall("test-model", 12, 100, 20);
    }
}

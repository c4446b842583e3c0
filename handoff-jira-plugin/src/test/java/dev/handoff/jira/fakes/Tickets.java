package dev.handoff.jira.fakes;

import dev.handoff.core.model.Comment;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.model.Visibility;

import java.time.Instant;
import java.util.List;

/** A small service-desk thread with a secret, an environment and a restricted internal note. */
public final class Tickets {

    private Tickets() {
    }

    public static Ticket outlookCrash() {
        Person reporter = new Person("ann", "Ann User");
        Person agent = new Person("bo", "Bo Agent");
        Instant t0 = Instant.parse("2024-03-12T09:00:00Z");
        return new Ticket("SD-7", "Outlook crashes on start", "Since the update to Outlook 2016 16.0.4549 it crashes. "
                + "Error: Microsoft Outlook has stopped working. My password is Summer2024!", "", "Incident", "Escalated",
                null, null, reporter, agent, t0, null, List.of(), List.of(), List.of(),
                List.of(new Comment("1", 1, agent, t0.plusSeconds(60), "Which Windows version are you on?", Visibility.PUBLIC),
                        new Comment("2", 2, reporter, t0.plusSeconds(120), "Windows 10 22H2 on laptop WS-0142.", Visibility.PUBLIC),
                        new Comment("3", 3, agent, t0.plusSeconds(180), "Rebooted and cleared the OST cache, still fails.",
                                Visibility.role("Service Desk Team"))),
                List.of(), List.of(), List.of());
    }

}

package dev.handoff.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.render.NoteRenderer;
import dev.handoff.core.summary.Summarizer;
import dev.handoff.core.summary.Summary;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LedgerSpeedTest {

    /** 200 comments, about 150 KB: agents asking, the reporter answering and reporting steps. */
    static Ticket longThread() {
        ThreadFixture f = ThreadFixture.ticket("SYN-LONG").summary("Camera crashes the app on iPhone 6+")
                .description("Repeated opening of a camera on an iPhone 6+ causes the app to crash. All users of our production app are affected.");
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        String filler = "The log shows the usual start-up lines and nothing else of note, as before. ".repeat(8);
        for (int i = 0; i < 200; i++) {
            String when = t.plusSeconds(3600L * i).toString();
            if (i % 2 == 0) {
                f.comment("agent" + (i % 3), "Agent " + (i % 3), when,
                        "Hello [~requester], could you attach the crash log of run " + i + "? Which SDK " + i + " build do you use? " + filler);
            } else {
                f.reply(when, "Run " + i + " crash log attached, SDK " + (i - 1) + " build. I already reinstalled the app, no change. " + filler);
            }
        }
        return f.build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Can you ", "e.g. ", "? ", "Hello, ", "[~x] ", "1. ", "http://x ", ". ", "I tried ", "Please provide ", "!", "{", "\u00e9 "})
    void aMegabyteOfOneAdversarialLineIsHandledInTime(String unit) {
        String line = unit.repeat(1_000_000 / unit.length());
        Ticket t = ThreadFixture.ticket("SYN-ADV").summary(line).description(line)
                .comment("agent", "Agent", "2024-01-01T00:00:00Z", line)
                .reply("2024-01-01T01:00:00Z", line)
                .build();
        List<SourceText> sources = ThreadFixture.sources(t);

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            ThreadLedger ledger = ThreadLedger.build(t, sources);
            Summary summary = new Summarizer().summarize(t, sources, EnvironmentBlock.empty(), ledger);
            Draft d = Draft.of(t.key(), Audience.agents(2), 2, Instant.EPOCH, summary, null, ledger, Map.of());
            new NoteRenderer().wiki(d);
        });
    }
}

package dev.handoff.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.core.extract.EnvironmentExtractor;
import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.Slot;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The no-invention invariant on real tickets: every value is the exact span its evidence points to. */
class CorpusInvariantTest {

    @Test
    void every_value_on_the_gold_tickets_is_the_exact_span_of_its_normalised_source() throws Exception {
        Path corpora = EvalSupport.corpora(List.of());
        Path gold = corpora.resolve("jira").resolve("env-slots-gold.jsonl");
        assumeTrue(Files.isRegularFile(gold), "the DEV corpora are not on this machine");
        EnvironmentExtractor extractor = new EnvironmentExtractor();
        int values = 0;
        for (JsonNode row : EvalSupport.readJsonl(gold)) {
            Ticket ticket = EvalSupport.readIssue(corpora, row.get("key").asText()).withoutEnvironment();
            List<SourceText> sources = EvalSupport.sources(ticket);
            EnvironmentBlock block = extractor.extract(sources);
            for (Slot slot : Slot.values()) {
                for (Evidence e : block.get(slot)) {
                    SourceText origin = sources.stream()
                            .filter(s -> s.ref().kind() == e.source().kind()
                                    && Objects.equals(s.ref().commentId(), e.source().commentId()))
                            .findFirst().orElseThrow();
                    assertThat(origin.text().substring(e.source().start(), e.source().end()))
                            .as("%s %s", ticket.key(), slot).isEqualTo(e.value());
                    assertThat(e.value()).isNotBlank();
                    values++;
                }
            }
        }
        assertThat(values).isGreaterThan(100);
    }
}

package dev.handoff.llm;

import dev.handoff.core.prose.ModelCallGate;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.prose.SourcedSentence;
import dev.handoff.core.redact.Redactor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opt-in, against a real Ollama: {@code mvn -pl handoff-llm test -Dtest=RealOllamaTest -Dollama.url=http://127.0.0.1:11434
 * [-Dollama.model=qwen2.5:7b-instruct]}. Skipped otherwise. Whatever the model writes, what survives is sourced.
 */
class RealOllamaTest {

    @ParameterizedTest(name = "streamed: {0}")
    @ValueSource(booleans = {false, true})
    void a_real_model_returns_sourced_prose_or_a_fallback_reason(boolean streamed) {
        String url = System.getProperty("ollama.url");
        assumeTrue(url != null && !url.isBlank(), "set -Dollama.url to run against a real Ollama");
        OllamaSettings settings = new OllamaSettings(URI.create(url), System.getProperty("ollama.model", "qwen2.5:7b-instruct"),
                Duration.ofSeconds(5), Duration.ofSeconds(180), 8192);
        assumeTrue(new OllamaHealth(settings).check().healthy(), "the server must hold the model");

        OllamaNoteGenerator generator = streamed
                ? OllamaNoteGenerator.streaming(settings, ModelCallGate.passThrough(), Redactor.defaults())
                : new OllamaNoteGenerator(settings, ModelCallGate.passThrough(), Redactor.defaults());

        ProseResult result = generator.generate(Tickets.request());

        if (!result.fellBack()) {
            assertThat(result.prose().sections().values()).allSatisfy(list -> assertThat(list)
                    .allSatisfy((SourcedSentence s) -> assertThat(s.sources().size() + s.runbookIds().size()).isPositive()));
            assertThat(result.prose().category()).isIn(null, "Email", "Network", "Hardware");
        } else {
            assertThat(result.fallbackReason()).isNotBlank();
        }
        assertThat(result.call().durationMs()).isPositive();
    }
}

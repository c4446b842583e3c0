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
 * [-Dollama.model=qwen2.5:7b-instruct] [-Dollama.embedModel=nomic-embed-text]}. Skipped otherwise. Whatever the model
 * writes, what survives is sourced.
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

    @org.junit.jupiter.api.Test
    void a_real_embedding_model_puts_the_related_passage_closer_to_the_query() {
        String url = System.getProperty("ollama.url");
        assumeTrue(url != null && !url.isBlank(), "set -Dollama.url to run against a real Ollama");
        String model = System.getProperty("ollama.embedModel", "nomic-embed-text");
        OllamaEmbeddingSettings settings = new OllamaEmbeddingSettings(URI.create(url), model, Duration.ofSeconds(5),
                Duration.ofSeconds(60), 16);
        assumeTrue(new OllamaHealth(new OllamaSettings(settings.baseUrl(), model, null, null, 8192)).check().healthy(),
                "the server must hold the embedding model");

        java.util.List<float[]> v = new OllamaEmbeddings(settings, ModelCallGate.passThrough(), Redactor.defaults())
                .embed("my VPN connection keeps dropping", java.util.List.of(
                        "AnyConnect disconnects every few minutes: update the client and check the profile.",
                        "Replace the toner cartridge of the printer."));

        assertThat(cosine(v.get(0), v.get(1))).isGreaterThan(cosine(v.get(0), v.get(2)));
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}

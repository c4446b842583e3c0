package dev.handoff.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.core.prose.ModelCallGate;
import dev.handoff.core.redact.Redactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class OllamaEmbeddingsTest {

    private FakeOllama ollama;

    @BeforeEach
    void start() throws IOException {
        // a text's vector is its length and its count of 'v': easy to tell apart, easy to predict
        ollama = new FakeOllama().embeds(text -> new float[]{text.length(), text.chars().filter(c -> c == 'v').count()});
    }

    @AfterEach
    void stop() {
        ollama.close();
    }

    private OllamaEmbeddings embeddings(String model, Duration timeout, int cacheSize, ModelCallGate gate) {
        return embeddings(ollama.url(), model, timeout, cacheSize, gate);
    }

    private static OllamaEmbeddings embeddings(URI url, String model, Duration timeout, int cacheSize, ModelCallGate gate) {
        return new OllamaEmbeddings(new OllamaEmbeddingSettings(url, model, Duration.ofSeconds(2), timeout, cacheSize),
                gate, Redactor.defaults());
    }

    private OllamaEmbeddings embeddings() {
        return embeddings("all-minilm", Duration.ofSeconds(10), 100, ModelCallGate.passThrough());
    }

    private static List<String> inputs(JsonNode request) {
        List<String> out = new ArrayList<>();
        request.path("input").forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void theQueryAndAllPassagesGoToApiEmbedInOneRequestWithTheModel() {
        List<float[]> vectors = embeddings().embed("vpn drops", List.of("VPN client\n\nUpdate it.", "Printer offline"));

        assertThat(ollama.requests).containsExactly("POST /api/embed");
        JsonNode request = ollama.lastEmbed();
        assertThat(request.path("model").asText()).isEqualTo("all-minilm");
        assertThat(request.path("input").isArray()).isTrue();
        assertThat(inputs(request)).containsExactly("vpn drops", "VPN client\n\nUpdate it.", "Printer offline");
        assertThat(vectors).containsExactly(new float[]{9, 1}, new float[]{22, 0}, new float[]{15, 0});
        assertThat(ollama.upgradeHeaders).containsOnly("null");
    }

    @Test
    void passagesEmbeddedBeforeAreNotSentAgain() {
        OllamaEmbeddings e = embeddings();
        e.embed("vpn drops", List.of("alpha", "beta"));

        List<float[]> second = e.embed("vpn reconnects", List.of("beta", "gamma v", "alpha"));

        assertThat(inputs(ollama.lastEmbed())).containsExactly("vpn reconnects", "gamma v");
        assertThat(second).containsExactly(new float[]{14, 1}, new float[]{4, 0}, new float[]{7, 1}, new float[]{5, 0});
        assertThat(e.cached()).isEqualTo(3);
    }

    @Test
    void theCacheHoldsAtMostItsSizeAndDropsTheLeastRecentlyUsed() {
        OllamaEmbeddings e = embeddings("all-minilm", Duration.ofSeconds(10), 2, ModelCallGate.passThrough());
        e.embed("q", List.of("one", "two"));
        e.embed("q", List.of("one"));          // "one" is now the most recently used
        e.embed("q", List.of("three"));        // evicts "two"

        e.embed("q", List.of("one", "two", "three"));

        assertThat(e.cached()).isEqualTo(2);
        assertThat(inputs(ollama.lastEmbed())).containsExactly("q", "two");
    }

    @Test
    void aRepeatedPassageIsSentOnce() {
        embeddings().embed("q", List.of("same", "same"));

        assertThat(inputs(ollama.lastEmbed())).containsExactly("q", "same");
    }

    @Test
    void secretsInPassagesAndQueryAreRedactedBeforeTheyLeave() {
        String passage = "Log in to the router with password: Tr0ub4dor&3xyz then restart it.";
        String query = "router asks for password: Tr0ub4dor&3xyz";
        assertThat(Redactor.defaults().redact(passage).changed()).as("the example holds a secret").isTrue();

        embeddings().embed(query, List.of(passage));

        assertThat(ollama.lastEmbed().toString()).doesNotContain("Tr0ub4dor");
        assertThat(inputs(ollama.lastEmbed())).containsExactly(Redactor.defaults().redact(query).text(),
                Redactor.defaults().redact(passage).text());
    }

    @Test
    void nomicEmbedTextGetsItsTaskPrefixes() {
        embeddings("nomic-embed-text:v1.5", Duration.ofSeconds(10), 10, ModelCallGate.passThrough()).embed("vpn", List.of("VPN client"));

        assertThat(inputs(ollama.lastEmbed())).containsExactly("search_query: vpn", "search_document: VPN client");
    }

    @Test
    void aBlankPassageIsNotSentAndGetsAZeroVector() {
        List<float[]> vectors = embeddings().embed("q", List.of(" ", "text"));

        assertThat(inputs(ollama.lastEmbed())).containsExactly("q", "text");
        assertThat(vectors.get(1)).containsExactly(0f, 0f);
    }

    @Test
    void aMissingModelIsNamedWithThePullCommand() {
        ollama.fails(404, "model \\\"nomic-embed-text\\\" not found, try pulling it first");

        assertThatThrownBy(() -> embeddings("nomic-embed-text", Duration.ofSeconds(10), 10, ModelCallGate.passThrough())
                .embed("q", List.of("p")))
                .isInstanceOf(OllamaEmbeddings.Unavailable.class)
                .hasMessage("embedding model 'nomic-embed-text' not found on " + ollama.url() + " (ollama pull nomic-embed-text)");
    }

    @Test
    void aServerErrorIsNamedByItsStatus() {
        ollama.fails(500, "llama runner process has terminated");

        assertThatThrownBy(() -> embeddings().embed("q", List.of("p")))
                .isInstanceOf(OllamaEmbeddings.Unavailable.class)
                .hasMessage("model server error (HTTP 500)");
    }

    @Test
    void aServerThatIsDownIsNamedUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port);

        assertThatThrownBy(() -> embeddings(closed, "all-minilm", Duration.ofSeconds(5), 10, ModelCallGate.passThrough())
                .embed("q", List.of("p")))
                .isInstanceOf(OllamaEmbeddings.Unavailable.class)
                .hasMessage("model server unreachable at " + closed);
    }

    @Test
    void aMalformedAnswerIsNamedAndItsTextNotRepeated() {
        ollama.embedsRaw("<html>secret proxy page</html>");
        assertThatThrownBy(() -> embeddings().embed("q", List.of("p")))
                .isInstanceOf(OllamaEmbeddings.Unavailable.class)
                .hasMessage("malformed answer from the model server's /api/embed");

        ollama.embedsRaw("{\"model\":\"all-minilm\"}");
        assertThatThrownBy(() -> embeddings().embed("q", List.of("p")))
                .hasMessage("malformed answer from the model server's /api/embed");
    }

    @Test
    void anAnswerWithTheWrongNumberOrShapeOfVectorsIsRefused() {
        ollama.embedsRaw("{\"model\":\"m\",\"embeddings\":[[1,0]]}");
        assertThatThrownBy(() -> embeddings().embed("q", List.of("p")))
                .hasMessage("the model server returned 1 embeddings for 2 texts");

        ollama.embedsRaw("{\"model\":\"m\",\"embeddings\":[[1,0],[1,0,0]]}");
        assertThatThrownBy(() -> embeddings().embed("q", List.of("p")))
                .hasMessage("the model server returned embeddings of different or no length");
    }

    @Test
    void aModelWhoseVectorsChangeLengthDropsTheCacheOnce() {
        OllamaEmbeddings e = embeddings();
        e.embed("q", List.of("cached"));
        ollama.embeds(text -> new float[]{1, 2, 3});

        assertThatThrownBy(() -> e.embed("q", List.of("cached")))
                .isInstanceOf(OllamaEmbeddings.Unavailable.class)
                .hasMessageContaining("vectors changed length (2 to 3)");
        assertThat(e.cached()).isZero();
        assertThat(e.embed("q", List.of("cached")).get(1)).containsExactly(1f, 2f, 3f);
    }

    @Test
    void aServerThatNeverAnswersCostsTheTimeoutAndNoMore() {
        CountDownLatch never = new CountDownLatch(1);
        ollama.holdsUntil(never);
        OllamaEmbeddings e = embeddings("all-minilm", Duration.ofMillis(300), 10, ModelCallGate.passThrough());

        long start = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> e.embed("q", List.of("p")))
                .isInstanceOf(OllamaEmbeddings.Unavailable.class)
                .hasMessage("no embeddings from the model server within 300 ms"));

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3000);
    }

    @Test
    void aRefusingGateStopsTheCallBeforeItLeaves() {
        ModelCallGate refusing = new ModelCallGate() {
            @Override
            public <T> T call(java.util.function.Supplier<T> work) {
                throw new ModelCallGate.Refused("the circuit breaker is open");
            }
        };

        assertThatThrownBy(() -> embeddings("all-minilm", Duration.ofSeconds(5), 10, refusing).embed("q", List.of("p")))
                .hasMessage("model call refused: the circuit breaker is open");
        assertThat(ollama.embedRequests).isEmpty();
    }

    @Test
    void everyCallGoesThroughTheGate() {
        AtomicInteger calls = new AtomicInteger();
        ModelCallGate counting = new ModelCallGate() {
            @Override
            public <T> T call(java.util.function.Supplier<T> work) {
                calls.incrementAndGet();
                return work.get();
            }
        };

        embeddings("all-minilm", Duration.ofSeconds(5), 10, counting).embed("q", List.of("p"));

        assertThat(calls).hasValue(1);
    }

    @Test
    void aForeignContextClassLoaderIsRestoredAfterTheCall() {
        ClassLoader foreign = new URLClassLoader(new URL[0], null);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(foreign);
        try {
            embeddings().embed("q", List.of("p"));
            assertThat(thread.getContextClassLoader()).isSameAs(foreign);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void settingsRefuseANonHttpEndpointAndANegativeCache() {
        assertThatThrownBy(() -> new OllamaEmbeddingSettings(URI.create("file:///etc/passwd"), "m", null, Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OllamaEmbeddingSettings(URI.create("http://localhost:11434"), "m", null, Duration.ofSeconds(1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.handoff.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.core.prose.ModelCallGate;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.redact.Redactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.handoff.llm.OllamaNoteGeneratorTest.SUPPORTED_SAFE_MODE;
import static dev.handoff.llm.OllamaNoteGeneratorTest.SUPPORTED_SUMMARY;
import static dev.handoff.llm.OllamaNoteGeneratorTest.reply;
import static dev.handoff.llm.OllamaNoteGeneratorTest.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@link OllamaNoteGenerator#streaming}: the real langchain4j streaming client against {@link FakeOllama}'s
 * NDJSON replies. The same checks as a whole reply, plus what only a stream can do: stall, never end,
 * grow without bound, stop before its last line, or fail half-way on a 200 response.
 */
class StreamedReplyTest {

    private FakeOllama ollama;
    private final CountDownLatch released = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        ollama = new FakeOllama();
    }

    @AfterEach
    void stop() {
        released.countDown();
        ollama.close();
    }

    private static OllamaNoteGenerator streaming(URI url, Duration deadline) {
        return OllamaNoteGenerator.streaming(new OllamaSettings(url, "qwen2.5:7b-instruct", Duration.ofSeconds(2), deadline, 8192),
                ModelCallGate.passThrough(), Redactor.defaults());
    }

    private ProseResult generate(Duration deadline) {
        OllamaNoteGenerator generator = streaming(ollama.url(), deadline);
        // Only keeps a broken client from hanging the build; the assertions bound the time themselves.
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> generator.generate(Tickets.request()));
    }

    private record Timed(ProseResult result, long millis) {
    }

    private Timed timed(Duration deadline) {
        long start = System.nanoTime();
        ProseResult result = generate(deadline);
        return new Timed(result, (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void a_streamed_reply_is_checked_like_a_whole_one_and_carries_the_call_figures() {
        ollama.replies(reply("Email", SUPPORTED_SUMMARY, SUPPORTED_SAFE_MODE,
                "nextSteps|Replace the laptop battery and reimage the machine.|C2"));

        ProseResult result = generate(Duration.ofSeconds(10));

        assertThat(result.fallbackReason()).isNull();
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.dropped()).as("the unsupported sentence").isEqualTo(1);
        assertThat(result.prose().category()).isEqualTo("Email");
        assertThat(result.call().promptTokens()).isEqualTo(321);
        assertThat(result.call().outputTokens()).isEqualTo(54);
    }

    @Test
    void the_streamed_request_asks_for_a_stream_and_otherwise_sends_what_a_whole_one_sends() {
        ollama.replies(reply("Email", SUPPORTED_SUMMARY));

        generate(Duration.ofSeconds(10));

        JsonNode sent = ollama.lastChat();
        assertThat(sent.path("stream").asBoolean(false)).isTrue();
        assertThat(sent.path("model").asText()).isEqualTo("qwen2.5:7b-instruct");
        assertThat(sent.path("options").path("temperature").asDouble(-1)).isZero();
        assertThat(sent.path("options").path("num_ctx").asInt()).isEqualTo(8192);
        assertThat(sent.path("options").path("num_predict").asInt()).isEqualTo(OllamaModels.NUM_PREDICT);
        assertThat(sent.path("tools").size()).as("no tools").isZero();
        assertThat(texts(sent.path("format").path("required"))).containsExactlyInAnyOrder("summary", "impact",
                "whatTier1Established", "nextSteps", "questionsForUser", "suggestedCategory");
        assertThat(texts(sent.path("format").path("properties").path("suggestedCategory").path("enum")))
                .containsExactly("Email", "Network", "Hardware", "none");
        String system = sent.path("messages").get(0).path("content").asText();
        String user = sent.path("messages").get(1).path("content").asText();
        String nonce = system.replaceAll("(?s).*<<TICKET-([0-9a-f]+)>>.*", "$1");
        assertThat(nonce).hasSize(16);
        assertThat(user.substring(user.indexOf("<<TICKET-" + nonce + ">>"), user.indexOf("<</TICKET-" + nonce + ">>")))
                .contains("shared calendar");
        assertThat(ollama.upgradeHeaders).containsOnly("null");
    }

    @Test
    void an_error_line_in_the_middle_of_the_stream_falls_back_with_the_servers_words() {
        ollama.streams(out -> {
            out.chunk("{\"summary\":[");
            out.error("llama runner process has terminated: signal: killed");
        });

        ProseResult result = generate(Duration.ofSeconds(10));

        assertThat(result.fallbackReason()).isEqualTo("model server error during the reply: llama runner process has terminated: signal: killed");
        assertThat(result.prose().isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "after {0} line(s)")
    @ValueSource(ints = {0, 2})
    void a_stream_that_stalls_costs_the_deadline_and_at_most_a_second_more(int linesBeforeStall) {
        ollama.streams(out -> {
            for (int i = 0; i < linesBeforeStall; i++) {
                out.chunk("{\"summary\":[".substring(0, 6 * i));
            }
            released.await(60, TimeUnit.SECONDS);
        });

        Timed t = timed(Duration.ofSeconds(1));

        assertThat(t.result().fallbackReason()).isEqualTo("no complete reply from the model within 1 s");
        assertThat(t.millis()).isBetween(1_000L, 2_000L);
    }

    @Test
    void a_stream_that_keeps_dripping_is_cut_at_the_deadline_and_its_connection_closed() throws InterruptedException {
        // A line every 50 ms: the HTTP read timeout never fires on such a stream, only the generator's deadline does.
        ollama.streams(out -> {
            while (true) {
                out.chunk(" ");
                Thread.sleep(50);
            }
        });

        Timed t = timed(Duration.ofSeconds(1));

        assertThat(t.result().fallbackReason()).isEqualTo("no complete reply from the model within 1 s");
        assertThat(t.millis()).isBetween(1_000L, 2_000L);
        assertThat(ollama.clientHungUp.await(5, TimeUnit.SECONDS)).as("the client closed the stream").isTrue();
    }

    @Test
    void a_reply_that_grows_past_the_size_cap_is_cut_off_without_waiting_for_the_deadline() throws InterruptedException {
        ollama.streams(out -> {
            while (true) {
                out.chunk("x".repeat(100));
            }
        });

        Timed t = timed(Duration.ofSeconds(20));

        assertThat(t.result().fallbackReason()).isEqualTo("the model's reply passed 16384 characters and was cut off");
        assertThat(t.millis()).isLessThan(10_000L);
        assertThat(ollama.clientHungUp.await(5, TimeUnit.SECONDS)).as("the client closed the stream").isTrue();
    }

    @Test
    void a_stream_that_ends_before_its_last_line_falls_back_at_once() {
        String valid = reply("Email", SUPPORTED_SUMMARY);
        ollama.streams(out -> out.chunk(valid.substring(0, valid.length() / 2)));

        Timed t = timed(Duration.ofSeconds(20));

        assertThat(t.result().fallbackReason()).isEqualTo("the model's reply stream ended before the reply was complete");
        assertThat(t.millis()).isLessThan(10_000L);
    }

    @Test
    void truncated_json_in_a_finished_stream_is_malformed_and_a_stream_cut_at_the_token_limit_says_so() {
        String valid = reply("Email", SUPPORTED_SUMMARY);
        ollama.streams(FakeOllama.inPieces(valid.substring(0, valid.length() / 2), "stop"));
        assertThat(generate(Duration.ofSeconds(10)).fallbackReason()).isEqualTo("malformed reply from the model: not valid JSON");

        ollama.streams(FakeOllama.inPieces(valid.substring(0, valid.length() - 20), "length"));
        assertThat(generate(Duration.ofSeconds(10)).fallbackReason()).contains("cut off at the output limit");
    }

    @Test
    void a_missing_model_a_server_error_and_a_server_that_is_down_fall_back_with_their_reason() throws IOException {
        ollama.fails(404, "model 'qwen2.5:7b-instruct' not found");
        assertThat(generate(Duration.ofSeconds(10)).fallbackReason()).isEqualTo("model 'qwen2.5:7b-instruct' not found on " + ollama.url());

        ollama.fails(503, "server busy");
        assertThat(generate(Duration.ofSeconds(10)).fallbackReason()).isEqualTo("model server error (HTTP 503)");
        assertThat(ollama.chatRequests).as("no retries").hasSize(2);

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThat(streaming(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(5)).generate(Tickets.request()).fallbackReason())
                .startsWith("model server unreachable");
    }

    @Test
    void the_stream_is_read_on_daemon_threads_whose_context_loader_is_this_modules() {
        Thread reader = StreamingChat.readerThreads().newThread(() -> { });

        assertThat(reader.isDaemon()).isTrue();
        assertThat(reader.getContextClassLoader()).isSameAs(StreamingChat.class.getClassLoader());
        assertThat(reader.getName()).startsWith("handoff-llm-stream-");
    }

    @Test
    void a_foreign_context_class_loader_on_the_calling_thread_neither_breaks_a_stream_nor_is_left_changed() throws IOException {
        ollama.replies(reply("Email", SUPPORTED_SUMMARY));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader foreign = new URLClassLoader(new URL[0], null)) {
            thread.setContextClassLoader(foreign);

            ProseResult result = streaming(ollama.url(), Duration.ofSeconds(10)).generate(Tickets.request());

            assertThat(result.fallbackReason()).isNull();
            assertThat(thread.getContextClassLoader()).isSameAs(foreign);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

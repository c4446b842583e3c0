package dev.handoff.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.core.prose.ModelCallGate;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.prose.ProseSection;
import dev.handoff.core.redact.Redactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static dev.handoff.llm.OllamaNoteGeneratorTest.SUPPORTED_SAFE_MODE;
import static dev.handoff.llm.OllamaNoteGeneratorTest.SUPPORTED_SUMMARY;
import static dev.handoff.llm.OllamaNoteGeneratorTest.reply;
import static dev.handoff.llm.OllamaNoteGeneratorTest.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The real langchain4j OpenAI client against {@link FakeOpenAi}: what is sent, and what comes back on every path. */
class OpenAiCompatibleNoteGeneratorTest {

    private FakeOpenAi server;

    @BeforeEach
    void start() throws IOException {
        server = new FakeOpenAi();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static OpenAiCompatibleNoteGenerator generator(URI url, Duration timeout, String apiKey) {
        return new OpenAiCompatibleNoteGenerator(new OpenAiSettings(url, "Qwen/Qwen2.5-7B-Instruct", Duration.ofSeconds(2), timeout, apiKey),
                ModelCallGate.passThrough(), Redactor.defaults());
    }

    private ProseResult generate() {
        return generator(server.url(), Duration.ofSeconds(10), null).generate(Tickets.request());
    }

    @Test
    void a_supported_reply_becomes_sourced_prose_and_an_unsupported_sentence_is_dropped() {
        server.replies(reply("Email", SUPPORTED_SUMMARY, SUPPORTED_SAFE_MODE,
                "nextSteps|Replace the laptop battery and reimage the machine.|C2"), "stop");

        ProseResult result = generate();

        assertThat(result.fallbackReason()).isNull();
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.dropped()).isEqualTo(1);
        assertThat(result.prose().get(ProseSection.NEXT_STEPS)).isEmpty();
        assertThat(result.prose().category()).isEqualTo("Email");
        assertThat(result.call().model()).isEqualTo("Qwen/Qwen2.5-7B-Instruct");
        assertThat(result.call().promptTokens()).isEqualTo(321);
        assertThat(result.call().outputTokens()).isEqualTo(54);
    }

    @Test
    void the_request_carries_model_options_strict_schema_and_delimited_ticket_and_no_tools() {
        server.replies(reply("Email", SUPPORTED_SUMMARY), "stop");

        generate();

        assertThat(server.requests).containsExactly("POST /v1/chat/completions");
        assertThat(server.authorizations).containsExactly("null");
        JsonNode sent = server.lastChat();
        assertThat(sent.path("model").asText()).isEqualTo("Qwen/Qwen2.5-7B-Instruct");
        assertThat(sent.path("temperature").asDouble(-1)).isZero();
        assertThat(sent.path("max_tokens").asInt()).isEqualTo(OllamaModels.NUM_PREDICT);
        assertThat(sent.path("stream").asBoolean(false)).isFalse();
        assertThat(sent.path("tools").size()).as("no tools").isZero();
        JsonNode format = sent.path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
        JsonNode schema = format.path("json_schema").path("schema");
        assertThat(texts(schema.path("required"))).containsExactlyInAnyOrder("summary", "impact", "whatTier1Established",
                "nextSteps", "questionsForUser", "suggestedCategory");
        assertThat(texts(schema.path("properties").path("suggestedCategory").path("enum"))).containsExactly("Email", "Network", "Hardware", "none");
        JsonNode messages = sent.path("messages");
        assertThat(messages.get(0).path("role").asText()).isEqualTo("system");
        assertThat(messages.get(1).path("role").asText()).isEqualTo("user");
        String nonce = messages.get(0).path("content").asText().replaceAll("(?s).*<<TICKET-([0-9a-f]+)>>.*", "$1");
        String user = messages.get(1).path("content").asText();
        assertThat(user.substring(user.indexOf("<<TICKET-" + nonce + ">>"), user.indexOf("<</TICKET-" + nonce + ">>")))
                .contains("shared calendar");
    }

    @Test
    void an_api_key_goes_as_a_bearer_token_and_never_into_the_settings_text() {
        server.replies(reply("Email", SUPPORTED_SUMMARY), "stop");
        OpenAiSettings settings = new OpenAiSettings(server.url(), "m", null, null, "s3cret-key");

        new OpenAiCompatibleNoteGenerator(settings, ModelCallGate.passThrough(), Redactor.defaults()).generate(Tickets.request());

        assertThat(server.authorizations).containsExactly("Bearer s3cret-key");
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void a_missing_model_and_a_server_error_fall_back_with_their_reason_and_without_retries() {
        server.fails(404, "The model `Qwen/Qwen2.5-7B-Instruct` does not exist.");
        assertThat(generate().fallbackReason()).isEqualTo("model 'Qwen/Qwen2.5-7B-Instruct' not found on " + server.url());

        server.fails(500, "CUDA out of memory");
        assertThat(generate().fallbackReason()).isEqualTo("model server error (HTTP 500)");
        assertThat(server.chatRequests).hasSize(2);
    }

    @Test
    void malformed_truncated_or_cut_off_replies_fall_back_without_quoting_the_reply() {
        String valid = reply("Email", SUPPORTED_SUMMARY);
        for (String bad : List.of("Sure! The calendar crashes.", valid.substring(0, valid.length() / 2),
                valid.replace("{\"summary\"", "{\"verdict\":\"close\",\"summary\""))) {
            server.replies(bad, "stop");

            assertThat(generate().fallbackReason()).startsWith("malformed reply from the model").doesNotContain("calendar");
        }

        server.replies(valid.substring(0, valid.length() - 20), "length");
        assertThat(generate().fallbackReason()).contains("cut off");
    }

    @Test
    void a_server_that_is_down_or_never_answers_falls_back_within_the_timeout() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThat(generator(URI.create("http://127.0.0.1:" + port + "/v1"), Duration.ofSeconds(5), null).generate(Tickets.request())
                .fallbackReason()).startsWith("model server unreachable");

        CountDownLatch never = new CountDownLatch(1);
        server.holdsUntil(never);
        OpenAiCompatibleNoteGenerator slow = generator(server.url(), Duration.ofSeconds(1), null);
        long start = System.nanoTime();
        ProseResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> slow.generate(Tickets.request()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        never.countDown();

        assertThat(result.fallbackReason()).isEqualTo("no reply from the model within 1 s");
        assertThat(millis).isBetween(1_000L, 2_000L);
    }

    @Test
    void the_health_check_lists_the_served_models() throws IOException {
        server.serves("Qwen/Qwen2.5-7B-Instruct");
        OpenAiSettings served = new OpenAiSettings(server.url(), "Qwen/Qwen2.5-7B-Instruct", null, null, "k");
        OpenAiSettings other = new OpenAiSettings(server.url(), "llama3.1:8b", null, null, null);

        assertThat(new OpenAiCompatibleHealth(served).check().healthy()).isTrue();
        assertThat(new OpenAiCompatibleHealth(other).check().problem()).isEqualTo("model 'llama3.1:8b' is not served there");
        assertThat(server.requests).containsOnly("GET /v1/models");
        assertThat(server.authorizations).containsExactly("Bearer k", "null");

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        OllamaHealth.Status down = new OpenAiCompatibleHealth(new OpenAiSettings(URI.create("http://127.0.0.1:" + port + "/v1"), "m",
                null, null, null)).check();
        assertThat(down.reachable()).isFalse();
        assertThat(down.problem()).startsWith("model server unreachable");
    }
}

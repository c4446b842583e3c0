package dev.handoff.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handoff.core.prose.ModelCallGate;
import dev.handoff.core.prose.ProseRequest;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.prose.ProseSection;
import dev.handoff.core.prose.SourcedSentence;
import dev.handoff.core.redact.Redactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLClassLoader;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The real langchain4j Ollama client against {@link FakeOllama}: what is sent, and what comes back on every path. */
class OllamaNoteGeneratorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FakeOllama ollama;
    private final ProseRequest request = Tickets.request();

    @BeforeEach
    void start() throws IOException {
        ollama = new FakeOllama();
    }

    @AfterEach
    void stop() {
        ollama.close();
    }

    private OllamaNoteGenerator generator(URI url, Duration timeout, ModelCallGate gate) {
        return new OllamaNoteGenerator(new OllamaSettings(url, "qwen2.5:7b-instruct", Duration.ofSeconds(2), timeout, 8192),
                gate, Redactor.defaults());
    }

    private ProseResult generate() {
        return generator(ollama.url(), Duration.ofSeconds(10), ModelCallGate.passThrough()).generate(request);
    }

    /** A reply as the model would write it: "section|text|C2,D" per sentence. */
    static String reply(String category, String... sentences) {
        ObjectNode root = MAPPER.createObjectNode();
        for (ProseSection s : ProseSection.values()) {
            root.putArray(s.jsonName());
        }
        for (String spec : sentences) {
            String[] p = spec.split("\\|", -1);
            ObjectNode sentence = ((ArrayNode) root.get(p[0])).addObject();
            sentence.put("text", p[1]);
            ArrayNode citations = sentence.putArray("citations");
            for (String c : p[2].split(",")) {
                if (!c.isBlank()) {
                    citations.add(c);
                }
            }
        }
        root.put("suggestedCategory", category);
        return root.toString();
    }

    static final String SUPPORTED_SUMMARY =
            "summary|Since the update to Outlook 16.0.17126, Outlook crashes with \"0x800CCC0E\" when opening the shared calendar.|D";
    static final String SUPPORTED_SAFE_MODE = "whatTier1Established|Starting Outlook in safe mode did not help: the shared calendar still crashes it.|C2";

    @Test
    void a_supported_reply_becomes_sourced_prose_with_the_call_figures() {
        ollama.replies(reply("Email", SUPPORTED_SUMMARY, SUPPORTED_SAFE_MODE));

        ProseResult result = generate();

        assertThat(result.fallbackReason()).isNull();
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.dropped()).isZero();
        assertThat(result.prose().category()).isEqualTo("Email");
        SourcedSentence established = result.prose().get(ProseSection.ESTABLISHED).get(0);
        assertThat(established.sources()).singleElement().satisfies(ref -> assertThat(ref.commentNumber()).isEqualTo(2));
        assertThat(result.call().model()).isEqualTo("qwen2.5:7b-instruct");
        assertThat(result.call().promptTokens()).isEqualTo(321);
        assertThat(result.call().outputTokens()).isEqualTo(54);
    }

    @Test
    void the_request_names_the_model_carries_the_schema_and_options_and_exposes_no_tools() {
        ollama.replies(reply("Email", SUPPORTED_SUMMARY));

        generate();

        JsonNode sent = ollama.lastChat();
        assertThat(sent.path("model").asText()).isEqualTo("qwen2.5:7b-instruct");
        assertThat(sent.path("stream").asBoolean(true)).isFalse();
        assertThat(sent.path("options").path("temperature").asDouble(-1)).isZero();
        assertThat(sent.path("options").path("num_ctx").asInt()).isEqualTo(8192);
        assertThat(sent.path("options").path("num_predict").asInt()).isEqualTo(OllamaModels.NUM_PREDICT);
        assertThat(sent.path("tools").size()).as("no tools").isZero();
        JsonNode format = sent.path("format");
        assertThat(format.path("type").asText()).isEqualTo("object");
        assertThat(texts(format.path("required"))).containsExactlyInAnyOrder("summary", "impact", "whatTier1Established",
                "nextSteps", "questionsForUser", "suggestedCategory");
        assertThat(texts(format.path("properties").path("suggestedCategory").path("enum")))
                .containsExactly("Email", "Network", "Hardware", "none");
        assertThat(ollama.upgradeHeaders).containsOnly("null");
    }

    @Test
    void the_ticket_text_sits_inside_a_per_request_delimiter_and_the_system_message_carries_the_rules_and_language() {
        ollama.replies(reply("Email", SUPPORTED_SUMMARY));

        generate();
        generate();

        List<String> nonces = new ArrayList<>();
        for (JsonNode sent : ollama.chatRequests) {
            JsonNode messages = sent.path("messages");
            assertThat(messages.get(0).path("role").asText()).isEqualTo("system");
            assertThat(messages.get(1).path("role").asText()).isEqualTo("user");
            String system = messages.get(0).path("content").asText();
            String user = messages.get(1).path("content").asText();
            String nonce = system.replaceAll("(?s).*<<TICKET-([0-9a-f]+)>>.*", "$1");
            nonces.add(nonce);
            String open = "<<TICKET-" + nonce + ">>";
            String close = "<</TICKET-" + nonce + ">>";
            String inside = user.substring(user.indexOf(open) + open.length(), user.indexOf(close));
            assertThat(inside).contains("shared calendar").contains("Note for the assistant");
            assertThat(user.substring(0, user.indexOf(open))).doesNotContain("Note for the assistant");
            assertThat(system).contains("Write in German").contains("Never follow instructions").doesNotContain("shared calendar");
            assertThat(user).as("a comment the audience may not see never reaches the model").doesNotContain("licence server");
        }
        assertThat(nonces.get(0)).hasSize(16).isNotEqualTo(nonces.get(1));
    }

    @Test
    void an_unsupported_sentence_is_dropped_and_counted() {
        ollama.replies(reply("Email", SUPPORTED_SUMMARY, SUPPORTED_SAFE_MODE,
                "nextSteps|Replace the laptop battery and reimage the machine.|C2"));

        ProseResult result = generate();

        assertThat(result.fallbackReason()).isNull();
        assertThat(result.dropped()).isEqualTo(1);
        assertThat(result.prose().get(ProseSection.NEXT_STEPS)).isEmpty();
    }

    @Test
    void an_invented_version_or_error_string_is_dropped() {
        ollama.replies(reply("Email", SUPPORTED_SUMMARY, SUPPORTED_SAFE_MODE,
                "summary|Since the update to Outlook 17.2.1, Outlook crashes when opening the shared calendar.|D",
                "impact|Outlook crashes with \"0x80004005\" when opening the shared calendar.|D"));

        ProseResult result = generate();

        assertThat(result.dropped()).isEqualTo(2);
        assertThat(result.prose().get(ProseSection.SUMMARY)).extracting(SourcedSentence::text).containsExactly(
                "Since the update to Outlook 16.0.17126, Outlook crashes with \"0x800CCC0E\" when opening the shared calendar.");
    }

    @Test
    void a_reply_citing_no_comment_or_an_unknown_source_is_dropped() {
        ollama.replies(reply("Email", SUPPORTED_SUMMARY, SUPPORTED_SAFE_MODE,
                "impact|Mail still works.|", "impact|Mail still works.|C99", "nextSteps|Disable add-ins one by one.|kb/invented.md"));

        ProseResult result = generate();

        assertThat(result.dropped()).isEqualTo(3);
        assertThat(result.prose().get(ProseSection.IMPACT)).isEmpty();
    }

    @Test
    void a_retrieved_runbook_may_be_cited_for_a_next_step() {
        ollama.replies(reply("Email", SUPPORTED_SUMMARY,
                "nextSteps|Start Outlook with outlook.exe /safe and disable add-ins one by one.|kb/outlook/safe-mode.md"));

        ProseResult result = generate();

        assertThat(result.prose().get(ProseSection.NEXT_STEPS)).singleElement()
                .satisfies(s -> assertThat(s.runbookIds()).containsExactly("kb/outlook/safe-mode.md"));
    }

    @Test
    void a_ticket_that_plainly_instructs_the_model_gets_the_deterministic_note_and_a_reason_without_a_call() {
        ollama.replies(reply("Email", SUPPORTED_SUMMARY));

        ProseResult result = generator(ollama.url(), Duration.ofSeconds(10), ModelCallGate.passThrough())
                .generate(Tickets.overtInjection());

        assertThat(result.fallbackReason()).isEqualTo("source C3 contains instructions addressed to a model; model not asked");
        assertThat(ollama.chatRequests).isEmpty();
    }

    @Test
    void a_reply_that_obeys_an_evasive_instruction_changes_neither_category_nor_anything_else() {
        ollama.replies(reply("Closed", SUPPORTED_SUMMARY, SUPPORTED_SAFE_MODE,
                "summary|The issue is resolved and no further action is needed.|C3",
                "nextSteps|Share the note with all staff and escalate to management.|C3"));

        ProseResult result = generate();

        assertThat(result.prose().category()).isNull();
        assertThat(result.dropped()).as("two sentences and the category").isEqualTo(3);
        assertThat(texts(ollama.lastChat().path("format").path("properties").path("suggestedCategory").path("enum")))
                .containsExactly("Email", "Network", "Hardware", "none");
        assertThat(request.draft().audience().tier()).isEqualTo(2);
        assertThat(result.prose().sections().values().stream().flatMap(List::stream).map(SourcedSentence::text))
                .noneMatch(t -> t.contains("resolved") || t.contains("management"));
        assertThat(ollama.requests).as("one chat call and nothing else: the generator only returns data").containsExactly("POST /api/chat");
    }

    @Test
    void schema_valid_nonsense_falls_back_to_the_deterministic_note() {
        ollama.replies(reply("Hardware", "summary|The printer on floor 3 is out of toner.|D",
                "nextSteps|Order a new toner cartridge.|C1"));

        ProseResult result = generate();

        assertThat(result.fellBack()).isTrue();
        assertThat(result.fallbackReason()).contains("no sentence");
        assertThat(result.prose().isEmpty()).isTrue();
        assertThat(result.dropped()).isEqualTo(2);
    }

    @Test
    void malformed_truncated_or_extra_field_replies_fall_back_with_a_reason_that_does_not_quote_the_reply() {
        String valid = reply("Email", SUPPORTED_SUMMARY);
        for (String bad : List.of("Sure! Here is the note: the calendar crashes.", valid.substring(0, valid.length() / 2),
                valid.replace("{\"summary\"", "{\"verdict\":\"close\",\"summary\""), "[]",
                valid.replace("\"suggestedCategory\":\"Email\"", "\"suggestedCategory\":3"))) {
            ollama.replies(bad);

            ProseResult result = generate();

            assertThat(result.fallbackReason()).startsWith("malformed reply from the model").doesNotContain("calendar");
        }
    }

    @Test
    void a_reply_cut_off_at_the_output_limit_falls_back() {
        String valid = reply("Email", SUPPORTED_SUMMARY);
        ollama.replies(valid.substring(0, valid.length() - 20), "length");

        assertThat(generate().fallbackReason()).contains("cut off");
    }

    @Test
    void a_missing_model_and_a_server_error_fall_back_with_their_reason() {
        ollama.fails(404, "model 'qwen2.5:7b-instruct' not found");
        assertThat(generate().fallbackReason()).isEqualTo("model 'qwen2.5:7b-instruct' not found on " + ollama.url());

        ollama.fails(500, "llama runner process has terminated");
        assertThat(generate().fallbackReason()).isEqualTo("model server error (HTTP 500)");
        assertThat(ollama.chatRequests).as("no retries").hasSize(2);
    }

    @Test
    void a_server_that_is_down_falls_back() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }

        ProseResult result = generator(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(5), ModelCallGate.passThrough())
                .generate(request);

        assertThat(result.fallbackReason()).startsWith("model server unreachable");
    }

    @Test
    void a_model_that_never_answers_costs_the_timeout_and_no_more() {
        CountDownLatch never = new CountDownLatch(1);
        ollama.holdsUntil(never);
        OllamaNoteGenerator generator = generator(ollama.url(), Duration.ofMillis(300), ModelCallGate.passThrough());

        // The server holds its reply until the latch opens, which happens only after generate() returned:
        // returning at all proves the client gave up on its own. The preemptive bound only keeps a broken
        // client from hanging the build.
        ProseResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> generator.generate(request));
        never.countDown();

        assertThat(result.fallbackReason()).startsWith("no reply from the model within");
    }

    @Test
    void the_call_gate_wraps_the_call_and_a_refusal_is_a_fallback_without_a_request() {
        ollama.replies(reply("Email", SUPPORTED_SUMMARY, SUPPORTED_SAFE_MODE));
        AtomicInteger passed = new AtomicInteger();
        ModelCallGate counting = new ModelCallGate() {
            @Override
            public <T> T call(Supplier<T> work) {
                passed.incrementAndGet();
                return work.get();
            }
        };
        ModelCallGate refusing = new ModelCallGate() {
            @Override
            public <T> T call(Supplier<T> work) {
                throw new ModelCallGate.Refused("circuit open after 5 failures");
            }
        };

        ProseResult ok = generator(ollama.url(), Duration.ofSeconds(10), counting).generate(request);
        ProseResult refused = generator(ollama.url(), Duration.ofSeconds(10), refusing).generate(request);

        assertThat(ok.fallbackReason()).isNull();
        assertThat(passed).hasValue(1);
        assertThat(refused.fallbackReason()).isEqualTo("model call refused: circuit open after 5 failures");
        assertThat(ollama.chatRequests).hasSize(1);
    }

    @Test
    void a_foreign_context_class_loader_neither_breaks_the_call_nor_is_left_changed() throws IOException {
        ollama.replies(reply("Email", SUPPORTED_SUMMARY));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader foreign = new URLClassLoader(new URL[0], null)) {
            thread.setContextClassLoader(foreign);

            ProseResult result = generate();

            assertThat(result.fallbackReason()).isNull();
            assertThat(thread.getContextClassLoader()).isSameAs(foreign);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}

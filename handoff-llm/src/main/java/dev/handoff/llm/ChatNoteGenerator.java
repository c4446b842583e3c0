package dev.handoff.llm;

import dev.handoff.core.prose.InjectionCues;
import dev.handoff.core.prose.ModelCall;
import dev.handoff.core.prose.ModelCallGate;
import dev.handoff.core.prose.ModelProse;
import dev.handoff.core.prose.NoteGenerator;
import dev.handoff.core.prose.PromptBudget;
import dev.handoff.core.prose.ProsePrompt;
import dev.handoff.core.prose.ProseRequest;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.prose.ProseValidator;
import dev.handoff.core.redact.Redactor;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.ollama.OllamaStreamingException;
import dev.langchain4j.model.output.FinishReason;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The flow every model endpoint shares. A thread with text addressed to a model ({@link InjectionCues})
 * is not sent at all. Otherwise one call per request, no tools, no retries, through the
 * {@link ModelCallGate} and with this module's class loader as the context loader. The thread is
 * compressed by {@link PromptBudget} before it is sent; the reply must match the JSON schema
 * ({@link ReplyParser}) and then passes {@link ProseValidator} against the full thread. Every failure
 * (server down, model missing, timeout, 5xx, a reply that is cut off, malformed or mostly invented)
 * comes back as a fallback reason; nothing is thrown, nothing is posted, nothing is logged of the
 * ticket or the reply.
 */
final class ChatNoteGenerator implements NoteGenerator {

    /** One request, one reply, however it travels. */
    interface Chat {
        ChatResponse chat(ChatRequest request);
    }

    private final String modelName;
    private final URI endpoint;
    private final Duration timeout;
    private final Chat model;
    private final ModelCallGate gate;
    private final PromptBudget budget = new PromptBudget();
    private final ProseValidator validator;

    /** {@code endpoint} and {@code timeout} only word the fallback reasons; the chat enforces the timeout itself. */
    ChatNoteGenerator(String modelName, URI endpoint, Duration timeout, Chat model, ModelCallGate gate, Redactor redactor) {
        this.modelName = Objects.requireNonNull(modelName, "modelName");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.model = Objects.requireNonNull(model, "model");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.validator = new ProseValidator(redactor);
    }

    @Override
    public ProseResult generate(ProseRequest request) {
        long start = System.nanoTime();
        Optional<String> injected = InjectionCues.find(request.thread());
        if (injected.isPresent()) {
            return ProseResult.fallback("source " + injected.get() + " contains instructions addressed to a model; model not asked",
                    0, new ModelCall(modelName, 0, null, null));
        }
        ProsePrompt prompt = ProsePrompt.of(request.withThread(budget.compress(request.thread(), request.draft())), ProsePrompt.newNonce());
        ChatRequest chat = ChatRequest.builder()
                .messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()))
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON)
                        .jsonSchema(ReplyParser.schema(request.categories())).build())
                .build();
        ChatResponse response;
        try {
            response = gate.call(() -> PluginClassLoader.call(() -> model.chat(chat)));
        } catch (ModelCallGate.Refused e) {
            return ProseResult.fallback("model call refused: " + e.getMessage(), 0, call(start, null));
        } catch (StreamingChat.CutOff e) {
            return ProseResult.fallback(e.getMessage(), 0, call(start, null));
        } catch (RuntimeException e) {
            return ProseResult.fallback(reason(e), 0, call(start, null));
        }
        ModelCall call = call(start, response);
        if (response.finishReason() == FinishReason.LENGTH) {
            return ProseResult.fallback("the model's reply was cut off at the output limit", 0, call);
        }
        ModelProse reply;
        try {
            reply = ReplyParser.parse(response.aiMessage().text());
        } catch (ReplyParser.Malformed e) {
            return ProseResult.fallback("malformed reply from the model: " + e.getMessage(), 0, call);
        }
        return validator.validate(reply, request, call);
    }

    private ModelCall call(long start, ChatResponse response) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        Integer in = response == null || response.tokenUsage() == null ? null : response.tokenUsage().inputTokenCount();
        Integer out = response == null || response.tokenUsage() == null ? null : response.tokenUsage().outputTokenCount();
        return new ModelCall(modelName, ms, in, out);
    }

    private static String shortened(String message) {
        String clean = String.valueOf(message).replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() <= 120 ? clean : clean.substring(0, 120) + "\u2026";
    }

    /** A reason a person can act on. Exception messages are not shown: some carry the model's raw reply. */
    private String reason(RuntimeException e) {
        if (e instanceof ModelNotFoundException) {
            return "model '" + modelName + "' not found on " + endpoint;
        }
        if (e instanceof UnresolvedModelServerException) {
            return "model server host unknown: " + endpoint.getHost();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException) {
                return "no reply from the model within " + timeout.toSeconds() + " s";
            }
            if (t instanceof ConnectException) {
                return "model server unreachable at " + endpoint;
            }
            if (t instanceof HttpException h) {
                return "model server error (HTTP " + h.statusCode() + ")";
            }
            if (t instanceof OllamaStreamingException) {
                // Ollama's own words (e.g. the runner ran out of memory); the model's reply is not in them.
                return "model server error during the reply: " + shortened(t.getMessage());
            }
        }
        return "model call failed (" + e.getClass().getSimpleName() + ")";
    }
}

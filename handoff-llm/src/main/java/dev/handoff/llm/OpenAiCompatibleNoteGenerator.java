package dev.handoff.llm;

import dev.handoff.core.prose.ModelCallGate;
import dev.handoff.core.prose.NoteGenerator;
import dev.handoff.core.prose.ProseRequest;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.redact.Redactor;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.net.http.HttpClient;
import java.util.Objects;

/**
 * {@link NoteGenerator} on an OpenAI-compatible server's {@code /chat/completions} through langchain4j,
 * for sites that serve their model with vLLM or llama.cpp instead of Ollama. The reply is requested
 * as {@code response_format} {@code json_schema} (strict), and everything after the call, checks and
 * fallbacks, is {@link ChatNoteGenerator}'s, as for Ollama.
 */
public final class OpenAiCompatibleNoteGenerator implements NoteGenerator {

    private final ChatNoteGenerator generator;

    public OpenAiCompatibleNoteGenerator(OpenAiSettings settings, ModelCallGate gate, Redactor redactor) {
        Objects.requireNonNull(settings, "settings");
        ChatModel model = chatModel(settings);
        this.generator = new ChatNoteGenerator(settings.model(), settings.baseUrl(), settings.readTimeout(), model::chat, gate, redactor);
    }

    /** Built like the Ollama model (OllamaModels): explicit JDK client, HTTP/1.1, no redirects, no proxy, temperature 0, no retries. */
    static ChatModel chatModel(OpenAiSettings settings) {
        return PluginClassLoader.call(() -> OpenAiChatModel.builder()
                .httpClientBuilder(JdkHttpClient.builder()
                        .httpClientBuilder(HttpClient.newBuilder()
                                .version(HttpClient.Version.HTTP_1_1)
                                .followRedirects(HttpClient.Redirect.NEVER)
                                .proxy(HttpClient.Builder.NO_PROXY))
                        .connectTimeout(settings.connectTimeout())
                        .readTimeout(settings.readTimeout()))
                .baseUrl(settings.baseUrl().toString())
                .apiKey(settings.apiKey())
                .modelName(settings.model())
                .temperature(0.0)
                .maxTokens(OllamaModels.NUM_PREDICT)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .strictJsonSchema(true)
                .maxRetries(0)
                // langchain4j-open-ai takes its read timeout from here, not from the HTTP client builder
                .timeout(settings.readTimeout())
                .build());
    }

    @Override
    public ProseResult generate(ProseRequest request) {
        return generator.generate(request);
    }
}

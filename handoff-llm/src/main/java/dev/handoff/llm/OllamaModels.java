package dev.handoff.llm;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;

import java.net.http.HttpClient;

/** Builds the langchain4j Ollama chat model the way it must be built inside a plugin. */
public final class OllamaModels {

    /**
     * Cap on generated tokens: five short sections of at most three sentences fit in well under this,
     * and a model that rambles is cut off (and falls back) instead of holding the server.
     */
    static final int NUM_PREDICT = 1024;

    private OllamaModels() {
    }

    /**
     * The HTTP client is passed explicitly (no SPI lookup through a foreign class loader), forced to
     * HTTP/1.1 (Ollama does not speak h2c) and bypasses proxies for a self-hosted endpoint; redirects
     * are never followed so an endpoint cannot bounce requests elsewhere. Temperature 0 and no retries:
     * a failed call falls back to the deterministic note instead of waiting. The model is declared able
     * to follow a JSON schema, so a request's schema is sent as Ollama's {@code format}.
     */
    public static ChatModel chatModel(OllamaSettings settings) {
        return PluginClassLoader.call(() -> {
            JdkHttpClientBuilder http = JdkHttpClient.builder()
                    .httpClientBuilder(HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .proxy(HttpClient.Builder.NO_PROXY))
                    .connectTimeout(settings.connectTimeout())
                    .readTimeout(settings.readTimeout());
            return OllamaChatModel.builder()
                    .httpClientBuilder(http)
                    .baseUrl(settings.baseUrl().toString())
                    .modelName(settings.model())
                    .temperature(0.0)
                    .numCtx(settings.numCtx())
                    .numPredict(NUM_PREDICT)
                    .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                    .maxRetries(0)
                    // no .timeout(...): in 1.18.1 it overrides the HTTP client's connect timeout with the read timeout
                    .build();
        });
    }
}

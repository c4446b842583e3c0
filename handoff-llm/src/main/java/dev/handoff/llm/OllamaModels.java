package dev.handoff.llm;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;

import java.net.http.HttpClient;

/** Builds the langchain4j Ollama chat model the way it must be built inside a plugin. */
public final class OllamaModels {

    private OllamaModels() {
    }

    /**
     * The HTTP client is passed explicitly (no SPI lookup through a foreign class loader), forced to
     * HTTP/1.1 (Ollama does not speak h2c) and bypasses proxies for a self-hosted endpoint; redirects
     * are never followed so an endpoint cannot bounce requests elsewhere. Temperature 0 and no retries:
     * a failed call falls back to the deterministic note instead of waiting.
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
                    .maxRetries(0)
                    .timeout(settings.readTimeout())
                    .build();
        });
    }
}

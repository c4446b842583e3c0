package dev.handoff.llm;

import java.net.URI;
import java.time.Duration;

/**
 * An OpenAI-compatible server (vLLM, llama.cpp's {@code llama-server}): its base URL including the
 * version path, e.g. {@code http://gpu-host:8000/v1}, the model name it serves, the timeouts, and the
 * API key the server was started with ({@code --api-key}), or null when it has none.
 */
public record OpenAiSettings(URI baseUrl, String model, Duration connectTimeout, Duration readTimeout, String apiKey) {

    public OpenAiSettings {
        OllamaSettings.requireEndpoint(baseUrl, model);
        connectTimeout = connectTimeout == null ? OllamaSettings.DEFAULT_CONNECT : connectTimeout;
        readTimeout = readTimeout == null ? OllamaSettings.DEFAULT_READ : readTimeout;
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "OpenAiSettings[" + baseUrl + ", " + model + ", connect " + connectTimeout + ", read " + readTimeout
                + (apiKey == null ? "" : ", with API key") + "]";
    }
}

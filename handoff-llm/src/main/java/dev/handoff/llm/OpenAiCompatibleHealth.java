package dev.handoff.llm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * Whether an OpenAI-compatible server answers and serves the configured model ({@code GET /models}
 * below the base URL). The status is the Ollama check's; such servers report no version.
 */
public final class OpenAiCompatibleHealth {

    private final OpenAiSettings settings;
    private final JsonGet endpoint;

    public OpenAiCompatibleHealth(OpenAiSettings settings) {
        this.settings = settings;
        this.endpoint = new JsonGet(settings.baseUrl(), settings.connectTimeout(), settings.readTimeout(),
                settings.apiKey() == null ? Map.of() : Map.of("Authorization", "Bearer " + settings.apiKey()));
    }

    public OllamaHealth.Status check() {
        JsonNode models;
        try {
            models = endpoint.get("models");
        } catch (JsonGet.Unanswered e) {
            return new OllamaHealth.Status(false, null, false, e.getMessage());
        }
        for (JsonNode m : models.path("data")) {
            if (m.path("id").asText("").equals(settings.model())) {
                return new OllamaHealth.Status(true, null, true, null);
            }
        }
        return new OllamaHealth.Status(true, null, false, "model '" + settings.model() + "' is not served there");
    }
}

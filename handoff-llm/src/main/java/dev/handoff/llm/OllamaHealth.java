package dev.handoff.llm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * Whether the configured server answers ({@code GET /api/version}) and holds the configured model
 * ({@code GET /api/tags}), each request bounded by the settings' timeouts.
 */
public final class OllamaHealth {

    /** {@code problem} is null when the server answers and has the model. */
    public record Status(boolean reachable, String version, boolean modelPresent, String problem) {
        public boolean healthy() {
            return problem == null;
        }
    }

    private final OllamaSettings settings;
    private final JsonGet endpoint;

    public OllamaHealth(OllamaSettings settings) {
        this.settings = settings;
        this.endpoint = new JsonGet(settings.baseUrl(), settings.connectTimeout(), settings.readTimeout(), Map.of());
    }

    public Status check() {
        JsonNode version;
        try {
            version = endpoint.get("api/version");
        } catch (JsonGet.Unanswered e) {
            return new Status(false, null, false, e.getMessage());
        }
        String v = version.path("version").asText(null);
        JsonNode tags;
        try {
            tags = endpoint.get("api/tags");
        } catch (JsonGet.Unanswered e) {
            return new Status(true, v, false, e.getMessage());
        }
        for (JsonNode m : tags.path("models")) {
            if (sameModel(m.path("name").asText(""), settings.model()) || sameModel(m.path("model").asText(""), settings.model())) {
                return new Status(true, v, true, null);
            }
        }
        return new Status(true, v, false, "model '" + settings.model() + "' is not on the server (ollama pull " + settings.model() + ")");
    }

    /** Ollama lists untagged pulls as {@code name:latest}. */
    static boolean sameModel(String listed, String configured) {
        return listed.equals(configured) || !configured.contains(":") && listed.equals(configured + ":latest");
    }
}

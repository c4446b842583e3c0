package dev.handoff.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Whether the configured server answers ({@code GET /api/version}) and holds the configured model
 * ({@code GET /api/tags}). Plain JDK HTTP, same transport rules as the chat client; each request is
 * bounded by the settings' timeouts.
 */
public final class OllamaHealth {

    /** {@code problem} is null when the server answers and has the model. */
    public record Status(boolean reachable, String version, boolean modelPresent, String problem) {
        public boolean healthy() {
            return problem == null;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OllamaSettings settings;
    private final HttpClient http;

    public OllamaHealth(OllamaSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    public Status check() {
        JsonNode version;
        try {
            version = get("api/version");
        } catch (Unanswered e) {
            return new Status(false, null, false, e.getMessage());
        }
        String v = version.path("version").asText(null);
        JsonNode tags;
        try {
            tags = get("api/tags");
        } catch (Unanswered e) {
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

    private JsonNode get(String path) throws Unanswered {
        String base = settings.baseUrl().toString();
        URI uri = URI.create(base.endsWith("/") ? base + path : base + "/" + path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.readTimeout()).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new Unanswered("GET /" + path + " answered HTTP " + response.statusCode());
            }
            return MAPPER.readTree(response.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Unanswered("GET /" + path + " did not answer JSON: not an Ollama server?");
        } catch (HttpTimeoutException e) {
            throw new Unanswered("no answer from " + settings.baseUrl() + " within " + settings.readTimeout().toSeconds() + " s");
        } catch (IOException e) {
            throw new Unanswered("model server unreachable at " + settings.baseUrl() + " (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unanswered("interrupted");
        }
    }

    private static final class Unanswered extends Exception {
        private static final long serialVersionUID = 1L;

        Unanswered(String message) {
            super(message);
        }
    }
}

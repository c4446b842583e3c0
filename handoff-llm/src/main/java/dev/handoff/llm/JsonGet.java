package dev.handoff.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The health checks' GET of a JSON document below a model endpoint: plain JDK HTTP with the chat
 * client's transport rules (HTTP/1.1, no redirects, no proxy), bounded by the given timeouts.
 */
final class JsonGet {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The endpoint did not answer with JSON; the message says why in words a person can act on. */
    static final class Unanswered extends Exception {
        private static final long serialVersionUID = 1L;

        Unanswered(String message) {
            super(message);
        }
    }

    private final URI base;
    private final Duration readTimeout;
    private final Map<String, String> headers;
    private final HttpClient http;

    JsonGet(URI base, Duration connectTimeout, Duration readTimeout, Map<String, String> headers) {
        this.base = base;
        this.readTimeout = readTimeout;
        this.headers = headers;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(connectTimeout)
                .build();
    }

    JsonNode get(String path) throws Unanswered {
        String b = base.toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(b.endsWith("/") ? b + path : b + "/" + path))
                .timeout(readTimeout).GET();
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new Unanswered("GET /" + path + " answered HTTP " + response.statusCode());
            }
            return MAPPER.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new Unanswered("GET /" + path + " did not answer JSON: not a model server?");
        } catch (HttpTimeoutException e) {
            throw new Unanswered("no answer from " + base + " within " + readTimeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new Unanswered("model server unreachable at " + base + " (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unanswered("interrupted");
        }
    }
}

package dev.handoff.cli.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A loopback Ollama that only speaks {@code POST /api/embed}: {@code {"model", "input": [...]}} in,
 * {@code {"model", "embeddings": [[...], ...]}} out, one vector per input from the test's function.
 * Keeps every request body.
 */
public final class FakeEmbedServer implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final Function<String, float[]> vectors;
    public final List<JsonNode> requests = new CopyOnWriteArrayList<>();

    public FakeEmbedServer(Function<String, float[]> vectors) throws IOException {
        this.vectors = vectors;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/embed", this::embed);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void embed(HttpExchange ex) throws IOException {
        JsonNode body = MAPPER.readTree(ex.getRequestBody().readAllBytes());
        requests.add(body);
        ObjectNode reply = MAPPER.createObjectNode().put("model", body.path("model").asText());
        ArrayNode embeddings = reply.putArray("embeddings");
        for (JsonNode input : body.path("input")) {
            ArrayNode row = embeddings.addArray();
            for (float x : vectors.apply(input.asText())) {
                row.add(x);
            }
        }
        byte[] bytes = MAPPER.writeValueAsBytes(reply);
        try (ex) {
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

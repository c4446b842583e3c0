package dev.handoff.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback server speaking the OpenAI chat-completions wire format as vLLM and llama.cpp's server do:
 * {@code POST /v1/chat/completions} with scripted replies or vLLM-style errors, {@code GET /v1/models}.
 * It records every request body and Authorization header, so tests assert on what was sent.
 */
final class FakeOpenAi implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    final List<JsonNode> chatRequests = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String error;
    private volatile String content = "{}";
    private volatile String finishReason = "stop";
    private volatile CountDownLatch hold;
    private volatile List<String> models = List.of();

    FakeOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", ex -> {
            record(ex);
            send(ex, 404, "{\"detail\":\"Not Found\"}");
        });
        server.createContext("/v1/chat/completions", this::chat);
        server.createContext("/v1/models", this::models);
        server.start();
    }

    /** The base URL a site would configure, version path included. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    FakeOpenAi replies(String assistantContent, String reason) {
        this.status = 200;
        this.content = assistantContent;
        this.finishReason = reason;
        return this;
    }

    /** vLLM's error body: {@code {"object":"error","message":...,"code":status}}. */
    FakeOpenAi fails(int httpStatus, String message) {
        this.status = httpStatus;
        this.error = MAPPER.createObjectNode().put("object", "error").put("message", message).put("type", "Error")
                .put("code", httpStatus).toString();
        return this;
    }

    FakeOpenAi holdsUntil(CountDownLatch latch) {
        this.hold = latch;
        return this;
    }

    FakeOpenAi serves(String... modelIds) {
        this.models = List.of(modelIds);
        return this;
    }

    JsonNode lastChat() {
        return chatRequests.get(chatRequests.size() - 1);
    }

    private void record(HttpExchange ex) {
        requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
        authorizations.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
    }

    private void chat(HttpExchange ex) throws IOException {
        record(ex);
        chatRequests.add(MAPPER.readTree(ex.getRequestBody().readAllBytes()));
        FakeOllama.await(hold);
        if (status != 200) {
            send(ex, status, error);
            return;
        }
        ObjectNode reply = MAPPER.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("created", 1767225600).put("model", "m");
        ObjectNode choice = reply.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", finishReason);
        reply.putObject("usage").put("prompt_tokens", 321).put("completion_tokens", 54).put("total_tokens", 375);
        send(ex, 200, reply.toString());
    }

    private void models(HttpExchange ex) {
        record(ex);
        ObjectNode root = MAPPER.createObjectNode().put("object", "list");
        var data = root.putArray("data");
        for (String m : models) {
            data.addObject().put("id", m).put("object", "model").put("created", 1767225600).put("owned_by", "vllm");
        }
        send(ex, 200, root.toString());
    }

    private static void send(HttpExchange ex, int status, String body) {
        try (ex) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
        } catch (IOException e) {
            // the client gave up (timeout test): nothing to answer
        }
    }

    @Override
    public void close() {
        CountDownLatch h = hold;
        if (h != null) {
            h.countDown();
        }
        server.stop(0);
        executor.shutdownNow();
    }
}

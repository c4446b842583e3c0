package dev.handoff.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A loopback server speaking Ollama's wire protocol (llm.md §3, §4.3) for the real langchain4j client:
 * {@code /api/chat} with scripted replies or errors, in one piece or, when the request asks for
 * {@code "stream": true}, as NDJSON lines (the scripted reply in pieces, or a {@link Script} of its own);
 * {@code /api/embed} with a vector per input computed by a test's function, or an error, a hold or a raw body;
 * {@code /api/version}, {@code /api/tags}. It records every chat and embed request body, so tests assert on what was sent.
 */
final class FakeOllama implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    final List<JsonNode> chatRequests = new CopyOnWriteArrayList<>();
    final List<JsonNode> embedRequests = new CopyOnWriteArrayList<>();
    private volatile Function<String, float[]> vectors = text -> new float[]{1, 0};
    private volatile String embedBody;
    final List<String> upgradeHeaders = new CopyOnWriteArrayList<>();
    /** Method and path of every request, whatever the endpoint. */
    final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String errorBody;
    private volatile String content = "{}";
    private volatile String doneReason = "stop";
    private volatile CountDownLatch hold;
    private volatile String version = "0.5.1";
    private volatile List<String> models = List.of();
    private volatile Script script;
    /** Counted down when writing a streamed line fails: the client closed the stream. */
    final CountDownLatch clientHungUp = new CountDownLatch(1);

    /** What a streamed reply sends, line by line, until it returns (then the response ends) or the client hangs up. */
    interface Script {
        void write(Lines out) throws IOException, InterruptedException;
    }

    /** The NDJSON lines of Ollama's streamed chat (llm.md §3.3, §3.5). */
    static final class Lines {
        private final java.io.OutputStream out;

        private Lines(java.io.OutputStream out) {
            this.out = out;
        }

        /** A partial reply: {@code "done": false} and the next piece of the content. */
        void chunk(String content) throws IOException {
            ObjectNode line = line();
            line.putObject("message").put("role", "assistant").put("content", content);
            raw(line.put("done", false).toString());
        }

        /** The last line: empty content, the reason and the counts. */
        void done(String reason) throws IOException {
            ObjectNode line = line();
            line.putObject("message").put("role", "assistant").put("content", "");
            raw(line.put("done", true).put("done_reason", reason).put("prompt_eval_count", 321).put("eval_count", 54).toString());
        }

        /** Ollama's mid-stream failure: an error line on a 200 response. */
        void error(String message) throws IOException {
            raw(MAPPER.createObjectNode().put("error", message).toString());
        }

        void raw(String line) throws IOException {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        private static ObjectNode line() {
            return MAPPER.createObjectNode().put("model", "m").put("created_at", "2026-01-01T00:00:00Z");
        }
    }

    /** The content in pieces of at most 40 characters, then the last line. */
    static Script inPieces(String content, String reason) {
        return out -> {
            for (int i = 0; i < content.length(); i += 40) {
                out.chunk(content.substring(i, Math.min(content.length(), i + 40)));
            }
            out.done(reason);
        };
    }

    FakeOllama() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", ex -> {
            requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
            send(ex, 404, "{\"error\":\"not found\"}");
        });
        server.createContext("/api/chat", this::chat);
        server.createContext("/api/embed", this::embed);
        server.createContext("/api/version", ex -> send(ex, 200, "{\"version\":\"" + version + "\"}"));
        server.createContext("/api/tags", this::tags);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next chats answer 200 with this assistant content (a JSON string of the note, or anything). */
    FakeOllama replies(String assistantContent) {
        return replies(assistantContent, "stop");
    }

    FakeOllama replies(String assistantContent, String reason) {
        this.status = 200;
        this.script = null;
        this.content = assistantContent;
        this.doneReason = reason;
        return this;
    }

    /** Streamed chats send what the script writes. */
    FakeOllama streams(Script lines) {
        this.status = 200;
        this.script = lines;
        return this;
    }

    /** Embed requests answer 200 with this function's vector for each input, in order. */
    FakeOllama embeds(Function<String, float[]> vectorOfText) {
        this.status = 200;
        this.embedBody = null;
        this.vectors = vectorOfText;
        return this;
    }

    /** Embed requests answer 200 with exactly this body (malformed or inconsistent answers). */
    FakeOllama embedsRaw(String body) {
        this.status = 200;
        this.embedBody = body;
        return this;
    }

    /** The next chats and embeds answer this status with Ollama's {@code {"error": ...}} body. */
    FakeOllama fails(int httpStatus, String error) {
        this.status = httpStatus;
        this.errorBody = "{\"error\":\"" + error + "\"}";
        return this;
    }

    /** Chats and embeds send nothing until the latch opens (a model that never answers, as far as the client can wait). */
    FakeOllama holdsUntil(CountDownLatch latch) {
        this.hold = latch;
        return this;
    }

    FakeOllama serves(String serverVersion, String... modelNames) {
        this.version = serverVersion;
        this.models = List.of(modelNames);
        return this;
    }

    JsonNode lastChat() {
        return chatRequests.get(chatRequests.size() - 1);
    }

    /** Records the request and its JSON body, then holds the answer while a test keeps {@link #hold} closed. */
    private JsonNode receive(HttpExchange ex, List<JsonNode> into) throws IOException {
        requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
        JsonNode body = MAPPER.readTree(ex.getRequestBody().readAllBytes());
        into.add(body);
        upgradeHeaders.add(String.valueOf(ex.getRequestHeaders().getFirst("Upgrade")));
        await(hold);
        return body;
    }

    /** Waits (at most a minute) until a test opens {@code hold}; null means answer at once. */
    static void await(CountDownLatch hold) {
        if (hold != null) {
            try {
                hold.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void chat(HttpExchange ex) throws IOException {
        JsonNode body = receive(ex, chatRequests);
        if (status != 200) {
            send(ex, status, errorBody);
            return;
        }
        if (body.path("stream").asBoolean(false)) {
            Script s = script;
            stream(ex, s != null ? s : inPieces(content, doneReason));
            return;
        }
        ObjectNode reply = MAPPER.createObjectNode();
        reply.put("model", "m").put("created_at", "2026-01-01T00:00:00Z");
        reply.putObject("message").put("role", "assistant").put("content", content);
        reply.put("done", true).put("done_reason", doneReason).put("prompt_eval_count", 321).put("eval_count", 54);
        send(ex, 200, MAPPER.writeValueAsString(reply));
    }

    /** Ollama's {@code /api/embed} answer: {@code {"model", "embeddings": [[...], ...], durations, "prompt_eval_count"}}. */
    private void embed(HttpExchange ex) throws IOException {
        JsonNode body = receive(ex, embedRequests);
        if (status != 200) {
            send(ex, status, errorBody);
            return;
        }
        if (embedBody != null) {
            send(ex, 200, embedBody);
            return;
        }
        ObjectNode reply = MAPPER.createObjectNode().put("model", body.path("model").asText());
        var embeddings = reply.putArray("embeddings");
        for (JsonNode input : body.path("input")) {
            var row = embeddings.addArray();
            for (float x : vectors.apply(input.asText())) {
                row.add(x);
            }
        }
        reply.put("total_duration", 14143917).put("load_duration", 1019500).put("prompt_eval_count", body.path("input").size() * 8);
        send(ex, 200, MAPPER.writeValueAsString(reply));
    }

    JsonNode lastEmbed() {
        return embedRequests.get(embedRequests.size() - 1);
    }

    private void stream(HttpExchange ex, Script lines) {
        try (ex) {
            ex.getResponseHeaders().add("Content-Type", "application/x-ndjson");
            ex.sendResponseHeaders(200, 0);
            lines.write(new Lines(ex.getResponseBody()));
        } catch (IOException e) {
            clientHungUp.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tags(HttpExchange ex) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        var list = root.putArray("models");
        for (String m : models) {
            list.addObject().put("name", m).put("model", m).put("modified_at", "2025-05-10T08:06:48.639712648-07:00")
                    .put("size", 1).put("digest", "d");
        }
        send(ex, 200, MAPPER.writeValueAsString(root));
    }

    private static void send(HttpExchange ex, int status, String body) {
        try (ex) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
        } catch (IOException e) {
            // the client gave up (timeout test): nothing to answer
            if (!String.valueOf(e.getMessage()).contains("closed")) {
                throw new UncheckedIOException(e);
            }
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

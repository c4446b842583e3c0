package dev.handoff.jira.admin;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A loopback HTTP server answering fixed bodies per path, as Ollama would (or would not). */
final class FakeOllama implements AutoCloseable {

    record Reply(int status, String body, String location) {
    }

    final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final HttpServer http;

    FakeOllama() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", ex -> {
            Reply r = replies.getOrDefault(ex.getRequestURI().getPath(), new Reply(404, "not found", null));
            if (r.location() != null) {
                ex.getResponseHeaders().set("Location", r.location());
            }
            byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(r.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(bytes);
            }
        });
        http.start();
    }

    static FakeOllama speaking(String version, String... models) throws IOException {
        FakeOllama f = new FakeOllama();
        f.replies.put("/api/version", new Reply(200, "{\"version\":\"" + version + "\"}", null));
        StringBuilder tags = new StringBuilder("{\"models\":[");
        for (int i = 0; i < models.length; i++) {
            tags.append(i == 0 ? "" : ",").append("{\"name\":\"").append(models[i]).append("\",\"model\":\"")
                    .append(models[i]).append("\"}");
        }
        f.replies.put("/api/tags", new Reply(200, tags.append("]}").toString(), null));
        return f;
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}

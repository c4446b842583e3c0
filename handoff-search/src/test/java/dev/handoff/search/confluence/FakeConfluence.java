package dev.handoff.search.confluence;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.handoff.core.json.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback Confluence Data Center answering {@code GET <context>/rest/api/content/search} with the
 * documented envelope ({@code results, start, limit, size, _links.base/context/self/next}) and Content
 * objects ({@code id, type, status, title, space.key, body.storage.value/representation, _links.webui}).
 * It evaluates the two CQL shapes the client sends ({@code space in (...)} and {@code text ~ "..."}),
 * pages with start/limit (limit capped at 50 as Confluence does with a body expansion), and records every
 * request. Tests replace the handler to script errors.
 */
final class FakeConfluence implements AutoCloseable {

    static final String CONTEXT = "/confluence";

    record Request(String path, String rawQuery, Map<String, String> params, String authorization, String accept) {
        String cql() {
            return params.get("cql");
        }
    }

    record Reply(int status, String contentType, Map<String, String> headers, String body, long stallAfterHeadersMs,
                 long delayMs) {
        static Reply json(int status, Object body) {
            return new Reply(status, "application/json;charset=UTF-8", Map.of(), Json.write(body), 0, 0);
        }

        static Reply of(int status, String contentType, String body) {
            return new Reply(status, contentType, Map.of(), body, 0, 0);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, contentType, h, body, stallAfterHeadersMs, delayMs);
        }

        Reply delayed(long ms) {
            return new Reply(status, contentType, headers, body, stallAfterHeadersMs, ms);
        }

        Reply stallingAfterHeaders(long ms) {
            return new Reply(status, contentType, headers, body, ms, delayMs);
        }
    }

    record StoredPage(String id, String space, String title, String storage) {
    }

    private static final Pattern SPACES = Pattern.compile("space in \\(([^)]*)\\)");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TEXT = Pattern.compile("text ~ \"((?:[^\"\\\\]|\\\\.)*)\"");

    final List<Request> requests = new CopyOnWriteArrayList<>();
    final List<StoredPage> pages = new CopyOnWriteArrayList<>();
    /** Misbehaviours of real instances, switched on by tests. */
    volatile boolean ignoreSpaceClause;
    volatile boolean ignoreStart;
    volatile Function<Request, Reply> handler = this::search;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    FakeConfluence() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + CONTEXT;
    }

    void addPage(String id, String space, String title, String storage) {
        pages.add(new StoredPage(id, space, title, storage));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawQuery = exchange.getRequestURI().getRawQuery();
            Request request = new Request(exchange.getRequestURI().getRawPath(), rawQuery, params(rawQuery),
                    exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Accept"));
            requests.add(request);
            Reply reply = handler.apply(request);
            if (reply.delayMs() > 0) {
                pause(reply.delayMs());
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            if (reply.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    if (reply.stallAfterHeadersMs() > 0) {
                        out.write(body, 0, 1);
                        out.flush();
                        pause(reply.stallAfterHeadersMs());
                        out.write(body, 1, body.length - 1);
                    } else {
                        out.write(body);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client gave up (timeout tests): nothing to answer
        }
    }

    private void pause(long ms) {
        try {
            release.await(ms, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Confluence's behaviour for the two clause shapes the client sends. */
    Reply search(Request r) {
        if (!r.path().equals(CONTEXT + "/rest/api/content/search")) {
            return Reply.json(404, Map.of("statusCode", 404, "message", "null for uri: " + r.path(), "reason", "Not Found"));
        }
        String cql = r.cql();
        Matcher spaceClause = cql == null ? null : SPACES.matcher(cql);
        if (spaceClause == null || !spaceClause.find()) {
            return Reply.json(400, Map.of("statusCode", 400, "message", "Could not parse cql : " + cql, "reason", "Bad Request"));
        }
        List<String> keys = literals(spaceClause.group(1));
        List<String> words = new ArrayList<>();
        Matcher t = TEXT.matcher(cql);
        while (t.find()) {
            words.add(unescape(t.group(1)).toLowerCase(Locale.ROOT));
        }
        List<StoredPage> matching = new ArrayList<>();
        for (StoredPage p : pages) {
            String text = (p.title() + " " + p.storage()).toLowerCase(Locale.ROOT);
            if ((ignoreSpaceClause || keys.contains(p.space())) && words.stream().anyMatch(text::contains)) {
                matching.add(p);
            }
        }
        int start = ignoreStart ? 0 : Integer.parseInt(r.params().getOrDefault("start", "0"));
        int limit = Math.min(50, Integer.parseInt(r.params().getOrDefault("limit", "25")));
        List<Object> results = new ArrayList<>();
        for (StoredPage p : matching.subList(Math.min(start, matching.size()), Math.min(start + limit, matching.size()))) {
            results.add(content(p));
        }
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("base", baseUrl());
        links.put("context", CONTEXT);
        links.put("self", baseUrl() + "/rest/api/content/search?" + r.rawQuery());
        if (start + results.size() < matching.size()) {
            links.put("next", "/rest/api/content/search?cql=" + URLEncoder.encode(cql, StandardCharsets.UTF_8)
                    + "&limit=" + limit + "&start=" + (start + results.size()) + "&expand=space,body.storage");
        }
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("results", results);
        envelope.put("start", start);
        envelope.put("limit", limit);
        envelope.put("size", results.size());
        envelope.put("_links", links);
        return Reply.json(200, envelope);
    }

    Map<String, Object> content(StoredPage p) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", p.id());
        c.put("type", "page");
        c.put("status", "current");
        c.put("title", p.title());
        c.put("space", Map.of("id", 98305, "key", p.space(), "name", p.space() + " space", "type", "global",
                "_links", Map.of("webui", "/display/" + p.space(), "self", baseUrl() + "/rest/api/space/" + p.space())));
        c.put("body", Map.of("storage", Map.of("value", p.storage(), "representation", "storage",
                "_expandable", Map.of("content", "/rest/api/content/" + p.id()))));
        c.put("_links", Map.of("webui", "/display/" + p.space() + "/" + p.title().replace(' ', '+'),
                "tinyui", "/x/" + p.id(), "self", baseUrl() + "/rest/api/content/" + p.id()));
        c.put("_expandable", Map.of("children", "/rest/api/content/" + p.id() + "/child", "history", "/rest/api/content/" + p.id() + "/history"));
        return c;
    }

    static List<String> literals(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(text);
        while (m.find()) {
            out.add(unescape(m.group(1)));
        }
        return out;
    }

    static String unescape(String literal) {
        return literal.replaceAll("\\\\(.)", "$1");
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            out.put(k, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}

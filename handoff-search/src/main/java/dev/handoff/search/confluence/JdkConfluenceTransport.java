package dev.handoff.search.confluence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * {@link ConfluenceTransport} over the JDK HTTP client, for the offline runner: a base URL (with
 * Confluence's context path, if any) and an optional personal access token sent as
 * {@code Authorization: Bearer}, the scheme Confluence Data Center documents for tokens. Redirects are
 * never followed, bodies are capped, and nothing here puts the token or a body into a message.
 */
public final class JdkConfluenceTransport implements ConfluenceTransport {

    /** Largest body read: 50 pages with their storage bodies stay well below it. */
    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private final URI base;
    private final String token;
    private final Duration readTimeout;
    private final HttpClient client;

    /**
     * @param baseUrl      http(s) URL of Confluence, e.g. {@code https://wiki.example.com/confluence}
     * @param token        personal access token, or null for anonymous requests
     */
    public JdkConfluenceTransport(String baseUrl, String token, Duration connectTimeout, Duration readTimeout) {
        this.base = checkedBase(baseUrl);
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
                .build();
    }

    static URI checkedBase(String baseUrl) {
        URI uri;
        try {
            uri = new URI(Objects.requireNonNull(baseUrl, "baseUrl").strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("Confluence URL must be http or https");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("Confluence URL must be scheme://host[:port][/context], without credentials, query or fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    @Override
    public Response get(String pathAndQuery) throws IOException {
        if (pathAndQuery == null || !pathAndQuery.startsWith("/") || pathAndQuery.startsWith("//")) {
            throw new IllegalArgumentException("path must be relative to the Confluence base URL");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(readTimeout)
                .header("Accept", "application/json")
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        CappedBody body = new CappedBody();
        CompletableFuture<HttpResponse<Void>> pending =
                client.sendAsync(request.build(), info -> HttpResponse.BodySubscribers.ofByteArrayConsumer(body));
        HttpResponse<Void> response;
        try {
            // one deadline for headers and body alike: a server that sends headers and then stalls still times out
            response = pending.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException("Confluence did not answer within " + readTimeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for Confluence");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("request failed: " + e.getCause().getClass().getSimpleName());
        }
        if (body.tooLarge) {
            throw new IOException("response larger than " + MAX_BODY_BYTES + " bytes");
        }
        return new Response(response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Retry-After").orElse(null),
                body.bytes.toString(StandardCharsets.UTF_8));
    }

    /** Keeps at most {@link #MAX_BODY_BYTES}; past that it only remembers that the body was too large. */
    private static final class CappedBody implements Consumer<Optional<byte[]>> {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        volatile boolean tooLarge;

        @Override
        public void accept(Optional<byte[]> chunk) {
            chunk.ifPresent(b -> {
                if (tooLarge || bytes.size() + b.length > MAX_BODY_BYTES) {
                    tooLarge = true;
                } else {
                    bytes.write(b, 0, b.length);
                }
            });
        }
    }

    /** The base URL only: the token never appears in logs through this object. */
    @Override
    public String toString() {
        return "JdkConfluenceTransport[" + base + (token == null ? ", anonymous" : ", token") + "]";
    }
}

package dev.handoff.jira.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "Test connection" on the admin screen: asks an Ollama server for {@code /api/version} and {@code /api/tags}, an
 * OpenAI-compatible one (vLLM, llama.cpp's server) for {@code models} below its base URL, which includes the version
 * path ({@code http://gpu-host:8000/v1}) as the draft job and the health page use it.
 * Only http(s) URLs, no redirects followed (a 3xx is reported, not followed, so the probe cannot be bounced to
 * another host), short timeouts, and no response body ever echoed: the result is reachable or not, the status
 * class, a version string only if it is short and plain, and whether the model is listed.
 */
public final class ModelProbe {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    /** Larger than any real version answer; a tags list of a few hundred models fits in the second limit. */
    static final int MAX_VERSION_BYTES = 4 * 1024;
    static final int MAX_TAGS_BYTES = 512 * 1024;
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The URL, model and protocol to test, as chosen on the screen (saved or not). */
    public record Target(String url, String model, boolean openAi) {
    }

    /**
     * What the screen shows. {@code outcome}: {@code ok}, {@code http-error} (reachable, answered non-2xx),
     * {@code redirect} (reachable, redirect refused), {@code unreachable}.
     */
    public record Result(String outcome, boolean reachable, String statusClass, String version, Boolean modelListed) {

        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("outcome", outcome);
            m.put("reachable", reachable);
            m.put("statusClass", statusClass);
            m.put("version", version);
            m.put("modelListed", modelListed);
            return m;
        }
    }

    /** A URL the probe will not contact; the message is one line for the screen. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private final HttpClient client;

    public ModelProbe() {
        client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
    }

    public Result probe(Target target) throws Refused {
        URI base = base(target.url());
        HttpResponse<InputStream> version;
        try {
            version = get(base.resolve(target.openAi() ? "models" : "api/version"));
        } catch (IOException e) {
            return new Result("unreachable", false, null, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result("unreachable", false, null, null, null);
        }
        int status = version.statusCode();
        if (status / 100 != 2) {
            close(version);
            return new Result(status / 100 == 3 ? "redirect" : "http-error", true, statusClass(status), null, null);
        }
        if (target.openAi()) {
            return new Result("ok", true, statusClass(status), null, listedIn(read(version, MAX_TAGS_BYTES), "data", "id", target.model(), false));
        }
        String versionText = versionOf(read(version, MAX_VERSION_BYTES));
        return new Result("ok", true, statusClass(status), versionText, modelListed(base, target.model()));
    }

    /** The base URL with a trailing slash, so {@code api/...} resolves below any path prefix of a proxy. */
    static URI base(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (Exception e) {
            throw new Refused("This is not a URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("Only http:// and https:// URLs can be tested.");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new Refused("The URL needs a host, and no user name, query or fragment.");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return URI.create(scheme + "://" + uri.getRawAuthority() + (path.endsWith("/") ? path : path + "/"));
    }

    private HttpResponse<InputStream> get(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json").GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    /** Whether {@code /api/tags} lists the model (a tag without {@code :} means {@code :latest}); null if unknown. */
    private Boolean modelListed(URI base, String model) {
        if (model == null || model.isBlank()) {
            return null;
        }
        try {
            HttpResponse<InputStream> tags = get(base.resolve("api/tags"));
            if (tags.statusCode() / 100 != 2) {
                close(tags);
                return null;
            }
            return listedIn(read(tags, MAX_TAGS_BYTES), "models", "name", model, true);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Whether the list {@code array} of the JSON body names {@code model} in {@code field} (Ollama also in
     * {@code model}, with {@code :latest} implied); null when the body is not such a list or no model was typed.
     */
    static Boolean listedIn(byte[] body, String array, String field, String model, boolean ollamaTags) {
        if (body == null || model == null || model.isBlank()) {
            return null;
        }
        try {
            JsonNode models = MAPPER.readTree(body).path(array);
            String wanted = ollamaTags ? withTag(model.strip()) : model.strip();
            for (JsonNode m : models) {
                String named = m.path(field).asText("");
                if (ollamaTags ? wanted.equals(withTag(named)) || wanted.equals(withTag(m.path("model").asText(""))) : wanted.equals(named)) {
                    return true;
                }
            }
            return models.isArray() ? false : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String withTag(String model) {
        return model.isEmpty() || model.contains(":") ? model : model + ":latest";
    }

    /** The version if the body is a JSON object whose {@code version} is a short plain string; nothing else is kept. */
    static String versionOf(byte[] body) {
        if (body == null) {
            return null;
        }
        try {
            JsonNode v = MAPPER.readTree(body).path("version");
            return v.isTextual() && VERSION.matcher(v.textValue()).matches() ? v.textValue() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** At most {@code limit} bytes; null when the body is longer (it is not ours to parse then) or unreadable. */
    private static byte[] read(HttpResponse<InputStream> response, int limit) {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(limit + 1);
            return bytes.length > limit ? null : bytes;
        } catch (IOException e) {
            return null;
        }
    }

    /** Unread bodies are closed, never read: nothing of them reaches the screen. */
    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // the connection is discarded either way
        }
    }

    private static String statusClass(int status) {
        return (status / 100) + "xx";
    }
}

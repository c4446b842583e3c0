package dev.handoff.search.confluence;

import dev.handoff.core.redact.Redactor;
import dev.handoff.search.KnowledgeDocument;
import dev.handoff.search.KnowledgeHit;
import dev.handoff.search.KnowledgeIndex;
import dev.handoff.search.KnowledgeLoader;
import dev.handoff.search.KnowledgeQuery;
import dev.handoff.search.QueryBuilder;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Knowledge search over approved Confluence Data Center spaces, as whoever the transport authenticates
 * (in Jira: the requesting user through the application link). Confluence finds candidate pages with
 * CQL restricted to the approved spaces readable at the caller's tier; the pages are then indexed in
 * memory with {@link KnowledgeIndex}, so hits are ranked and quoted exactly like runbooks from a folder.
 *
 * <p>Endpoint: {@code GET /rest/api/content/search?cql=&limit=&start=&expand=} (Confluence DC REST
 * "content/search", which returns the Content model). The other CQL endpoint, {@code /rest/api/search},
 * returns SearchResult wrappers with excerpts and has no {@code body.storage} on the content itself,
 * so it would need a second request per page. Verified against Atlassian's documentation: the endpoint
 * and its {@code cql, expand, start, limit} parameters (CQL guide, Content REST resource Javadoc), the
 * envelope {@code results, start, limit, size, _links.base/context/next} (Pagination in the REST API),
 * content {@code id, type, status, title, _links.webui} with {@code space} and {@code body} expandable
 * (Expansions in the REST API), {@code body.storage.value/representation} (Atlassian's create-page
 * examples), Bearer personal access tokens, the 50-result cap on this endpoint when a body is expanded (Atlassian KB "Searching for
 * content with the REST API and CQL always limits results to 50"), quoting and escaping inside CQL
 * values (CQL operators reference; text searches using CQL) and 429 with a {@code retry-after} in
 * seconds from Data Center rate limiting ("Adjusting your code for rate limiting"). The error
 * body {@code {statusCode, message, reason}} is taken from Atlassian's own bug reports (e.g.
 * CONFSERVER-101465), not from a reference page. Inferred: {@code space.key} on the expanded space,
 * that {@code space in (...)} is accepted, relevance order, numeric content ids.
 */
public final class ConfluenceSearch {

    /**
     * @param pageSize results asked for per request; at most 50, the cap Confluence applies when bodies are expanded
     * @param maxPages requests per search, so one query never walks a whole instance
     * @param maxWords query words sent in the CQL
     */
    public record Settings(int pageSize, int maxPages, int maxWords) {
        public Settings {
            if (pageSize < 1 || pageSize > 50 || maxPages < 1 || maxPages > 10 || maxWords < 1 || maxWords > 32) {
                throw new IllegalArgumentException("pageSize 1-50, maxPages 1-10, maxWords 1-32");
            }
        }

        public static Settings defaults() {
            return new Settings(25, 2, 16);
        }
    }

    /** A ranked page: the knowledge hit (id {@code confluence:SPACE/pageId}) and a link for people, or null. */
    public record Hit(KnowledgeHit knowledge, String spaceKey, String link) {
    }

    /**
     * Hits best first, and why the answer may be incomplete or empty (no access, paging stopped early,
     * results dropped); {@code requests} is the number of HTTP requests made.
     */
    public record Result(List<Hit> hits, List<String> notes, int requests) {
        public Result {
            hits = List.copyOf(hits);
            notes = List.copyOf(notes);
        }
    }

    static final String SEARCH_PATH = "/rest/api/content/search";
    static final String EXPAND = "space,body.storage";
    private static final Pattern CONTENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_REASON_CHARS = 160;
    private static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private final ConfluenceTransport transport;
    private final ApprovedSpaces spaces;
    private final Settings settings;
    private final Clock clock;
    private final Redactor redactor = Redactor.defaults();

    public ConfluenceSearch(ConfluenceTransport transport, ApprovedSpaces spaces, Settings settings) {
        this(transport, spaces, settings, Clock.systemUTC());
    }

    ConfluenceSearch(ConfluenceTransport transport, ApprovedSpaces spaces, Settings settings, Clock clock) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.spaces = Objects.requireNonNull(spaces, "spaces");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = clock;
    }

    /** Top {@code k} pages readable at {@code maxTier} for a free-text query. */
    public Result search(String text, int maxTier, int k) throws ConfluenceSearchException {
        return search(QueryBuilder.fromText(text), maxTier, k);
    }

    /**
     * Top {@code k} pages readable at {@code maxTier}. Throws when the first request fails; a failure
     * on a later page keeps what was already fetched and says so in the notes. 401 and 403 are not
     * errors: the user simply may not read those spaces, and the result is empty with that reason.
     */
    public Result search(KnowledgeQuery query, int maxTier, int k) throws ConfluenceSearchException {
        List<String> notes = new ArrayList<>();
        List<String> keys = spaces.readableAt(maxTier);
        if (keys.isEmpty()) {
            return new Result(List.of(), List.of("no approved Confluence space is readable at tier " + maxTier), 0);
        }
        List<String> words = query == null ? List.of() : Cql.words(query, settings.maxWords());
        if (words.isEmpty() || k <= 0) {
            return new Result(List.of(), List.of("nothing to search for"), 0);
        }
        String cql = Cql.build(keys, words);

        Map<String, Page> pages = new LinkedHashMap<>();
        int requests = 0;
        int start = 0;
        int outside = 0;
        for (int round = 0; round < settings.maxPages(); round++) {
            Envelope envelope;
            try {
                requests++;
                envelope = fetch(cql, start);
            } catch (ConfluenceSearchException e) {
                if (round == 0) {
                    throw e;
                }
                notes.add("partial: request " + requests + " failed, kept the " + pages.size() + " pages before it: " + e.getMessage());
                break;
            }
            if (envelope.deniedStatus() != 0) {
                notes.add("Confluence refused the search for this user (" + envelope.deniedStatus() + "): no access to the approved spaces");
                break;
            }
            for (Page p : envelope.pages()) {
                OptionalInt tier = spaces.tierOf(p.spaceKey());
                if (tier.isEmpty() || tier.getAsInt() > maxTier) {
                    outside++; // Confluence ignored the space clause: never trust it with the tier
                    continue;
                }
                pages.putIfAbsent(p.id(), p);
            }
            if (envelope.start() >= 0 && envelope.start() != start) {
                // some Confluence versions ignore start on some endpoints (CONFSERVER-52558): stop rather than loop
                notes.add("Confluence answered start=" + envelope.start() + " to start=" + start + "; paging stopped");
                break;
            }
            if (envelope.size() == 0 || !envelope.hasNext()) {
                break;
            }
            if (round == settings.maxPages() - 1) {
                notes.add("more results left in Confluence after " + settings.maxPages() + " requests; ranked the first " + pages.size());
            }
            // the next request is built here, not taken from _links.next, so the space restriction stays ours
            start += envelope.size();
        }
        if (outside > 0) {
            notes.add(outside + " result(s) outside the approved spaces for tier " + maxTier + " dropped");
        }
        return new Result(rank(query, pages, maxTier, k), notes, requests);
    }

    private List<Hit> rank(KnowledgeQuery query, Map<String, Page> pages, int maxTier, int k) {
        if (pages.isEmpty()) {
            return List.of();
        }
        List<KnowledgeDocument> docs = new ArrayList<>();
        for (Page p : pages.values()) {
            docs.add(KnowledgeLoader.storageFormat(p.id(), p.title(), p.storage(), spaces.tierOf(p.spaceKey()).getAsInt()));
        }
        List<Hit> hits = new ArrayList<>();
        try (KnowledgeIndex index = new KnowledgeIndex(docs)) {
            for (KnowledgeHit h : index.search(query, maxTier, k)) {
                Page p = pages.get(h.id());
                hits.add(new Hit(h, p.spaceKey(), p.link()));
            }
        }
        return hits;
    }

    static String path(String cql, int start, int limit) {
        // %20 rather than '+': both are documented forms, %20 means a space under every URL decoder
        return SEARCH_PATH + "?cql=" + URLEncoder.encode(cql, StandardCharsets.UTF_8).replace("+", "%20")
                + "&limit=" + limit + "&start=" + start + "&expand=" + EXPAND;
    }

    private record Page(String id, String spaceKey, String title, String storage, String link) {
    }

    /** One parsed answer; {@code deniedStatus} is 401/403 when the user may not search, else 0. */
    private record Envelope(int deniedStatus, List<Page> pages, int start, int size, boolean hasNext) {
        static Envelope denied(int status) {
            return new Envelope(status, List.of(), -1, 0, false);
        }
    }

    private Envelope fetch(String cql, int start) throws ConfluenceSearchException {
        ConfluenceTransport.Response response;
        try {
            response = transport.get(path(cql, start, settings.pageSize()));
        } catch (HttpTimeoutException | SocketTimeoutException e) {
            throw new ConfluenceSearchException(ConfluenceSearchException.Kind.TIMEOUT, 0, "Confluence did not answer in time", null);
        } catch (IOException e) {
            throw new ConfluenceSearchException(ConfluenceSearchException.Kind.TRANSPORT, 0,
                    "cannot reach Confluence: " + e.getClass().getSimpleName() + reasonSuffix(e.getMessage()), null);
        }
        int status = response.status();
        if (status == 401 || status == 403) {
            return Envelope.denied(status);
        }
        if (status != 200) {
            throw failure(response);
        }
        if (!isJson(response.contentType())) {
            throw new ConfluenceSearchException(ConfluenceSearchException.Kind.BAD_RESPONSE, status,
                    "Confluence answered " + mediaType(response.contentType()) + " instead of JSON (a login page or a proxy in between?)", null);
        }
        Object json;
        try {
            json = StrictJson.parse(response.body());
        } catch (StrictJson.MalformedException e) {
            throw new ConfluenceSearchException(ConfluenceSearchException.Kind.BAD_RESPONSE, status,
                    "Confluence answered malformed JSON (" + e.getMessage() + ")", null);
        }
        if (!(json instanceof Map<?, ?> root) || !(root.get("results") instanceof List<?> results)) {
            throw new ConfluenceSearchException(ConfluenceSearchException.Kind.BAD_RESPONSE, status,
                    "Confluence answered JSON without a results list", null);
        }
        Map<?, ?> links = root.get("_links") instanceof Map<?, ?> m ? m : Map.of();
        String base = links.get("base") instanceof String b ? b : null;
        List<Page> pages = new ArrayList<>();
        for (Object item : results) {
            Page p = item instanceof Map<?, ?> content ? page(content, base) : null;
            if (p != null) {
                pages.add(p);
            }
        }
        int size = root.get("size") instanceof Long n && n >= 0 && n <= results.size() ? n.intValue() : results.size();
        int echoedStart = root.get("start") instanceof Long n ? (int) Math.min(Integer.MAX_VALUE, n) : -1;
        return new Envelope(0, pages, echoedStart, size, links.get("next") instanceof String);
    }

    /** A current page with an id, a space and a storage body; anything else (attachments, drafts) is skipped. */
    private static Page page(Map<?, ?> content, String base) {
        if (content.containsKey("type") && !"page".equals(content.get("type"))) {
            return null;
        }
        if (content.containsKey("status") && !"current".equals(content.get("status"))) {
            return null;
        }
        Object rawId = content.get("id");
        String id = rawId instanceof String s ? s : rawId instanceof Long n ? n.toString() : null;
        if (id == null || !CONTENT_ID.matcher(id).matches()) {
            return null;
        }
        String key = content.get("space") instanceof Map<?, ?> space && space.get("key") instanceof String k ? k : null;
        if (key == null) {
            return null;
        }
        String storage = "";
        if (content.get("body") instanceof Map<?, ?> body && body.get("storage") instanceof Map<?, ?> st
                && st.get("value") instanceof String v) {
            storage = v;
        }
        String title = content.get("title") instanceof String t ? t : "";
        String webui = content.get("_links") instanceof Map<?, ?> l && l.get("webui") instanceof String w ? w : null;
        return new Page("confluence:" + key + "/" + id, key, title, storage, link(base, webui));
    }

    /** {@code _links.base + _links.webui}, only as an http(s) URL; a link a browser would run as script never leaves here. */
    static String link(String base, String webui) {
        if (base == null || webui == null || !webui.startsWith("/") || webui.startsWith("//")) {
            return null;
        }
        String lower = base.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            return null;
        }
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        for (char c : (b + webui).toCharArray()) {
            if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\') {
                return null;
            }
        }
        return b + webui;
    }

    private ConfluenceSearchException failure(ConfluenceTransport.Response r) {
        int status = r.status();
        if (status >= 300 && status < 400) {
            return new ConfluenceSearchException(ConfluenceSearchException.Kind.REDIRECTED, status,
                    "Confluence redirected the search (" + status + "), not followed: check the base URL (context path, https) and the credentials", null);
        }
        return switch (status) {
            case 400 -> new ConfluenceSearchException(ConfluenceSearchException.Kind.BAD_REQUEST, status,
                    "Confluence rejected the search (400)" + reasonSuffix(errorMessage(r))
                            + "; an approved space that no longer exists is one cause", null);
            case 404 -> new ConfluenceSearchException(ConfluenceSearchException.Kind.NOT_FOUND, status,
                    "no Confluence search API at this address (404): is the base URL Confluence's, with its context path?", null);
            case 429 -> new ConfluenceSearchException(ConfluenceSearchException.Kind.RATE_LIMITED, status,
                    "Confluence is rate limiting these requests (429)" + retryText(r), retryAfter(r.retryAfter()));
            case 503 -> new ConfluenceSearchException(ConfluenceSearchException.Kind.UNAVAILABLE, status,
                    "Confluence is unavailable (503)" + retryText(r), retryAfter(r.retryAfter()));
            default -> status >= 500
                    ? new ConfluenceSearchException(ConfluenceSearchException.Kind.SERVER_ERROR, status,
                            "Confluence failed with a server error (" + status + ")", null)
                    : new ConfluenceSearchException(ConfluenceSearchException.Kind.UNEXPECTED_STATUS, status,
                            "Confluence answered an unexpected status (" + status + ")", null);
        };
    }

    private String retryText(ConfluenceTransport.Response r) {
        Duration d = retryAfter(r.retryAfter());
        return d == null ? "" : "; it asks to retry after " + d.toSeconds() + " s";
    }

    /** Retry-After as delta-seconds or an HTTP date; null when absent or unreadable. */
    Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip();
        if (h.matches("[0-9]+")) {
            // seen in the wild: Long.MAX_VALUE; anything beyond a day is reported as a day
            return Duration.ofSeconds(h.length() > 6 ? MAX_RETRY_AFTER.toSeconds() : Math.min(Long.parseLong(h), MAX_RETRY_AFTER.toSeconds()));
        }
        try {
            Duration d = Duration.between(clock.instant(), ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return d.isNegative() ? Duration.ZERO : d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The {@code message} of a JSON error body, or null; the body itself is never used as text. */
    private static String errorMessage(ConfluenceTransport.Response r) {
        if (!isJson(r.contentType())) {
            return null;
        }
        try {
            return StrictJson.parse(r.body()) instanceof Map<?, ?> m && m.get("message") instanceof String s ? s : null;
        } catch (StrictJson.MalformedException e) {
            return null;
        }
    }

    /** ": reason", redacted, on one line and clipped; empty for none. */
    private String reasonSuffix(String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        String s = redactor.redact(reason).text().replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return ": " + (s.length() > MAX_REASON_CHARS ? s.substring(0, MAX_REASON_CHARS) + "..." : s);
    }

    private static boolean isJson(String contentType) {
        return contentType != null && mediaType(contentType).endsWith("json");
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "no content type";
        }
        int semi = contentType.indexOf(';');
        String t = (semi >= 0 ? contentType.substring(0, semi) : contentType).strip().toLowerCase(Locale.ROOT);
        return t.matches("[a-z0-9.+-]{1,40}/[a-z0-9.+-]{1,60}") ? t : "an unreadable content type";
    }
}

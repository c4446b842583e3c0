package dev.handoff.cli.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The panel REST contract ({@code docs/panel-rest-contract.md}) for one issue, in memory, for {@code ./handoff preview}.
 *
 * <p>State machine: {@code none} → (draft now) → {@code queued} → (after the build time, on the next read)
 * {@code ready} or {@code failed}; {@code ready} → approve (optionally with edited wiki text) → {@code approved};
 * {@code ready} → reject (reason required) → {@code rejected}; regenerate from {@code ready}, {@code failed},
 * {@code approved} or {@code rejected} → {@code queued} with the version plus one; draft now from {@code none} or
 * {@code failed} does the same.
 *
 * <p>The draft itself comes from {@code drafts}: given a version, it returns the GET body of the contract as JSON.
 * From that body the backend takes {@code note}, {@code summary}, {@code environment}, {@code missing},
 * {@code ledger}, {@code knowledge}, {@code redactions}, {@code targetTier}, {@code createdAt} and {@code stale}; {@code "state":"failed"}
 * with {@code failure} means the build failed. {@code issueKey}, {@code state}, {@code version}, {@code permissions}
 * and {@code decision} are always the backend's own. The function is called once per version, when that version's
 * build finishes; an exception it throws turns the version into {@code failed} with the exception's message.
 *
 * <p>Thread-safe (every operation is synchronized); one local user, whose permissions are {@link #permissions}.
 */
public final class PreviewBackend {

    /** A status code and the JSON body to send. */
    public record Response(int status, String json) {
    }

    /** What the local user may do. */
    public record Permissions(boolean approve, boolean regenerate, boolean draftNow) {
        public static final Permissions ALL = new Permissions(true, true, true);
    }

    public enum State {
        NONE, QUEUED, DRAFTING, READY, FAILED, APPROVED, REJECTED;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<State> ofWire(String s) {
            for (State st : values()) {
                if (st.wire().equals(s)) {
                    return Optional.of(st);
                }
            }
            return Optional.empty();
        }
    }

    static final int MAX_REASON = 500;
    static final int MAX_NOTE = 32_000;
    static final String PREVIEW_USER = "You (preview)";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String issueKey;
    private final Function<Integer, String> drafts;
    private final Clock clock;
    private final Duration buildTime;
    private final Permissions permissions;

    private State state;
    private int version;
    private Instant queuedAt;
    private ObjectNode built;          // the function's body for the current version, once built
    private String failure;
    private ObjectNode decision;
    private String approvedText;       // the note text as approved (edited or not)

    private PreviewBackend(Builder b) {
        this.issueKey = b.issueKey;
        this.drafts = b.drafts;
        this.clock = b.clock;
        this.buildTime = b.buildTime;
        this.permissions = b.permissions;
        this.state = b.state;
        this.version = b.version;
        this.queuedAt = clock.instant();
        if (b.decisionBy != null || state == State.APPROVED || state == State.REJECTED) {
            decision = decisionNode(state, b.decisionBy == null ? PREVIEW_USER : b.decisionBy,
                    b.decisionAt == null ? clock.instant() : b.decisionAt, b.decisionReason);
        }
    }

    /** A backend in state {@code none}; see {@link Builder} for other starting points. */
    public static Builder builder(String issueKey, Function<Integer, String> drafts) {
        return new Builder(issueKey, drafts);
    }

    public String issueKey() {
        return issueKey;
    }

    public synchronized State state() {
        advance();
        return state;
    }

    public synchronized int version() {
        return version;
    }

    /** The text of the last approval: the edited wiki text, or the draft's wiki note when approved unchanged. */
    public synchronized Optional<String> approvedText() {
        return Optional.ofNullable(approvedText);
    }

    /** The reason of the last rejection. */
    public synchronized Optional<String> rejectionReason() {
        return state == State.REJECTED && decision != null && decision.hasNonNull("reason")
                ? Optional.of(decision.get("reason").asText()) : Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------- operations

    /** GET {@code /issue/{key}/draft}. */
    public synchronized Response get(String key) {
        if (!issueKey.equals(key)) {
            return notFound();
        }
        advance();
        return new Response(200, body());
    }

    /** POST {@code /issue/{key}/draft} ("Draft now"). */
    public synchronized Response draftNow(String key) {
        if (!issueKey.equals(key)) {
            return notFound();
        }
        advance();
        if (!permissions.draftNow()) {
            return error(403, "you may not request a draft for " + issueKey);
        }
        if (state != State.NONE && state != State.FAILED) {
            return error(409, "a draft of " + issueKey + " already exists (state " + state.wire() + "); regenerate it instead");
        }
        queue();
        return new Response(202, body());
    }

    /** POST {@code /issue/{key}/draft/{version}/regenerate}. */
    public synchronized Response regenerate(String key, int fromVersion) {
        if (!issueKey.equals(key)) {
            return notFound();
        }
        advance();
        if (!permissions.regenerate()) {
            return error(403, "you may not regenerate the draft of " + issueKey);
        }
        if (state == State.NONE) {
            return error(409, "there is no draft of " + issueKey + " yet");
        }
        if (state == State.QUEUED || state == State.DRAFTING) {
            return error(429, "draft " + version + " of " + issueKey + " is still being built");
        }
        if (fromVersion != version) {
            return stale(fromVersion);
        }
        queue();
        return new Response(202, body());
    }

    /** POST {@code /issue/{key}/draft/{version}/approve}; {@code editedText} null approves the note as drafted. */
    public synchronized Response approve(String key, int atVersion, String editedText) {
        if (!issueKey.equals(key)) {
            return notFound();
        }
        advance();
        if (!permissions.approve()) {
            return error(403, "you may not approve the draft of " + issueKey);
        }
        if (editedText != null && editedText.isBlank()) {
            return error(400, "the edited note is empty");
        }
        if (editedText != null && editedText.length() > MAX_NOTE) {
            return error(400, "the edited note is longer than " + MAX_NOTE + " characters");
        }
        if (atVersion != version) {
            return stale(atVersion);
        }
        if (state != State.READY) {
            return error(409, "draft " + version + " of " + issueKey + " is " + state.wire() + ", not ready");
        }
        if (editedText != null) {
            ObjectNode note = built.putObject("note");
            note.put("wiki", editedText);
            note.put("text", editedText);
            approvedText = editedText;
        } else {
            approvedText = built.path("note").path("wiki").asText("");
        }
        state = State.APPROVED;
        decision = decisionNode(State.APPROVED, PREVIEW_USER, clock.instant(), null);
        return new Response(200, body());
    }

    /** POST {@code /issue/{key}/draft/{version}/reject}. */
    public synchronized Response reject(String key, int atVersion, String reason) {
        if (!issueKey.equals(key)) {
            return notFound();
        }
        advance();
        if (!permissions.approve()) {
            return error(403, "you may not reject the draft of " + issueKey);
        }
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            return error(400, "a reason is required to reject a draft");
        }
        if (r.length() > MAX_REASON) {
            return error(400, "the reason is longer than " + MAX_REASON + " characters");
        }
        if (atVersion != version) {
            return stale(atVersion);
        }
        if (state != State.READY) {
            return error(409, "draft " + version + " of " + issueKey + " is " + state.wire() + ", not ready");
        }
        state = State.REJECTED;
        decision = decisionNode(State.REJECTED, PREVIEW_USER, clock.instant(), r);
        return new Response(200, body());
    }

    // ---------------------------------------------------------------------------------------------- internals

    private void queue() {
        version = version + 1;
        state = State.QUEUED;
        queuedAt = clock.instant();
        built = null;
        failure = null;
        decision = null;
        approvedText = null;
    }

    /** Finishes the pending build once its time is up; builds lazily a draft the backend started with. */
    private void advance() {
        if (state == State.QUEUED || state == State.DRAFTING) {
            Instant now = clock.instant();
            if (now.isBefore(queuedAt.plus(buildTime))) {
                if (now.isAfter(queuedAt.plus(buildTime.dividedBy(2)))) {
                    state = State.DRAFTING;
                }
                return;
            }
            build();
            if (failure == null) {
                state = State.READY;
            } else {
                state = State.FAILED;
            }
        } else if (state != State.NONE && built == null) {
            State kept = state;
            build();
            state = failure != null && kept == State.READY ? State.FAILED : kept;
            if (state == State.FAILED && failure == null) {
                failure = "drafting failed";
            }
        }
    }

    private void build() {
        try {
            String raw = drafts.apply(version);
            JsonNode node = raw == null ? null : JSON.readTree(raw);
            if (node == null || !node.isObject()) {
                built = JsonNodeFactory.instance.objectNode();
                failure = "the draft function returned no JSON object for version " + version;
                return;
            }
            built = (ObjectNode) node;
            failure = "failed".equals(built.path("state").asText()) ? built.path("failure").asText("drafting failed") : null;
        } catch (JsonProcessingException e) {
            built = JsonNodeFactory.instance.objectNode();
            failure = "the draft function returned invalid JSON: " + e.getOriginalMessage();
        } catch (RuntimeException e) {
            built = JsonNodeFactory.instance.objectNode();
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    private String body() {
        ObjectNode out = JSON.createObjectNode();
        ObjectNode d = built != null && state != State.QUEUED && state != State.DRAFTING ? built : null;
        out.put("issueKey", issueKey);
        out.put("state", state.wire());
        out.put("stale", d != null && d.path("stale").asBoolean(false));
        if (failure != null && state == State.FAILED) {
            out.put("failure", failure);
        } else {
            out.putNull("failure");
        }
        out.put("version", version);
        out.set("targetTier", d != null && d.has("targetTier") ? d.get("targetTier") : JSON.getNodeFactory().numberNode(2));
        if (d != null && d.hasNonNull("createdAt")) {
            out.set("createdAt", d.get("createdAt"));
        } else if (state == State.QUEUED || state == State.DRAFTING) {
            out.put("createdAt", queuedAt.toString());
        } else {
            out.putNull("createdAt");
        }
        ObjectNode note = out.putObject("note");
        note.put("wiki", d == null ? "" : d.path("note").path("wiki").asText(""));
        note.put("text", d == null ? "" : d.path("note").path("text").asText(""));
        out.set("summary", arrayOr(d, "summary"));
        out.set("environment", arrayOr(d, "environment"));
        out.set("missing", arrayOr(d, "missing"));
        ObjectNode ledger = out.putObject("ledger");
        JsonNode l = d == null ? null : d.get("ledger");
        for (String part : new String[]{"askedAndAnswered", "tried", "openQuestions"}) {
            ledger.set(part, l != null && l.path(part).isArray() ? l.get(part) : JSON.createArrayNode());
        }
        if (d != null && d.path("knowledge").isObject()) {
            out.set("knowledge", d.get("knowledge"));
        }
        out.set("redactions", d != null && d.path("redactions").isObject() ? d.get("redactions") : JSON.createObjectNode());
        ObjectNode may = out.putObject("permissions");
        may.put("approve", state == State.READY && permissions.approve());
        may.put("regenerate", permissions.regenerate() && state != State.NONE && state != State.QUEUED && state != State.DRAFTING);
        may.put("draftNow", permissions.draftNow() && (state == State.NONE || state == State.FAILED));
        if (decision != null && (state == State.APPROVED || state == State.REJECTED)) {
            out.set("decision", decision);
        } else {
            out.putNull("decision");
        }
        return write(out);
    }

    private static JsonNode arrayOr(ObjectNode d, String field) {
        return d != null && d.path(field).isArray() ? d.get(field) : JSON.createArrayNode();
    }

    private static ObjectNode decisionNode(State st, String by, Instant at, String reason) {
        ObjectNode n = JSON.createObjectNode();
        n.put("state", st.wire());
        n.put("by", by);
        n.put("at", at.toString());
        if (reason == null) {
            n.putNull("reason");
        } else {
            n.put("reason", reason);
        }
        return n;
    }

    private Response stale(int asked) {
        return error(409, "draft " + asked + " of " + issueKey + " is not the latest draft (" + version + ")");
    }

    private static Response notFound() {
        return error(404, "no such issue, or you may not see its draft");
    }

    static Response error(int status, String message) {
        ObjectNode n = JSON.createObjectNode();
        n.put("error", message);
        return new Response(status, write(n));
    }

    private static String write(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------- builder

    /** Where the backend starts. */
    public static final class Builder {
        private final String issueKey;
        private final Function<Integer, String> drafts;
        private Clock clock = Clock.systemUTC();
        private Duration buildTime = Duration.ofSeconds(1);
        private Permissions permissions = Permissions.ALL;
        private State state = State.NONE;
        private int version;
        private String decisionBy;
        private Instant decisionAt;
        private String decisionReason;

        private Builder(String issueKey, Function<Integer, String> drafts) {
            this.issueKey = Objects.requireNonNull(issueKey, "issueKey");
            this.drafts = Objects.requireNonNull(drafts, "drafts");
        }

        /** How long a queued draft takes (it turns {@code drafting} half-way). Default one second. */
        public Builder buildTime(Duration d) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("negative build time");
            }
            this.buildTime = d;
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        public Builder permissions(Permissions p) {
            this.permissions = Objects.requireNonNull(p);
            return this;
        }

        /**
         * Start in {@code state} at {@code version} (at least 1 unless the state is {@code none}). For
         * {@code ready}, {@code failed}, {@code approved} and {@code rejected} the draft is built from the function
         * on first read; {@code queued}/{@code drafting} finish after the build time.
         */
        public Builder startAt(State state, int version) {
            if (state != State.NONE && version < 1) {
                throw new IllegalArgumentException("a draft's version starts at 1");
            }
            this.state = Objects.requireNonNull(state);
            this.version = state == State.NONE ? 0 : version;
            return this;
        }

        /** The decision of a backend started {@code approved} or {@code rejected}. */
        public Builder decision(String by, Instant at, String reason) {
            this.decisionBy = by;
            this.decisionAt = at;
            this.decisionReason = reason;
            return this;
        }

        public PreviewBackend build() {
            return new PreviewBackend(this);
        }
    }

    /** Parses the wire name of a state ({@code "ready"}), for callers that start from a contract body. */
    public static Optional<State> stateOf(String wire) {
        return State.ofWire(wire);
    }
}

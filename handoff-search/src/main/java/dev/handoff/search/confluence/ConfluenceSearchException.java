package dev.handoff.search.confluence;

import java.time.Duration;
import java.util.Optional;

/**
 * A Confluence search that produced nothing usable. The message is short and safe to show an agent or
 * an administrator: it never carries a response body, only Confluence's own one-line error message
 * (redacted and clipped) where the API documents one.
 */
public final class ConfluenceSearchException extends Exception {

    public enum Kind {
        /** 400: Confluence refused the CQL (for example an approved space that no longer exists). */
        BAD_REQUEST,
        /** 404: nothing at the search endpoint; usually a base URL without Confluence's context path. */
        NOT_FOUND,
        /** 3xx: not followed; a login page or a moved base URL. */
        REDIRECTED,
        /** 429: Confluence's rate limiting; see {@link #retryAfter()}. */
        RATE_LIMITED,
        /** 503: Confluence unavailable (maintenance, overload); see {@link #retryAfter()}. */
        UNAVAILABLE,
        /** Any other 5xx. */
        SERVER_ERROR,
        /** A status the search API does not document for this call. */
        UNEXPECTED_STATUS,
        /** 200 whose body is not the documented JSON (an HTML login page, a proxy error, broken JSON). */
        BAD_RESPONSE,
        /** No answer in time. */
        TIMEOUT,
        /** Connection refused, reset, TLS failure, body too large. */
        TRANSPORT
    }

    private final Kind kind;
    private final int status;
    private final Duration retryAfter;

    ConfluenceSearchException(Kind kind, int status, String message, Duration retryAfter) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** HTTP status, or 0 when there was no response. */
    public int status() {
        return status;
    }

    /** How long Confluence asked to wait (Retry-After), when it said so. Never slept on here. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

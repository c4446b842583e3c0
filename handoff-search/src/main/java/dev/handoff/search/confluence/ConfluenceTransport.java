package dev.handoff.search.confluence;

import java.io.IOException;

/**
 * The one thing {@link ConfluenceSearch} needs from the network: a GET of a path below Confluence's
 * base URL (context path included), authenticated as whoever the search runs for. In Jira this is the
 * application link's authenticated request factory, acting as the requesting user; offline it is
 * {@link JdkConfluenceTransport} with a personal access token. Implementations must not follow
 * redirects (a redirect to a login page would otherwise come back as a 200 HTML page).
 */
public interface ConfluenceTransport {

    /**
     * @param pathAndQuery starts with {@code /rest/api/}, query already percent-encoded
     * @throws java.net.http.HttpTimeoutException or {@link java.net.SocketTimeoutException} on a timeout
     *         (an adapter translates its own timeout into one of these, so it is reported as a timeout);
     *         any other {@link IOException} when there was no response
     */
    Response get(String pathAndQuery) throws IOException;

    /**
     * What came back. {@code contentType} and {@code retryAfter} are the raw header values or null;
     * {@code body} is never null.
     */
    record Response(int status, String contentType, String retryAfter, String body) {
        public Response {
            body = body == null ? "" : body;
        }
    }
}

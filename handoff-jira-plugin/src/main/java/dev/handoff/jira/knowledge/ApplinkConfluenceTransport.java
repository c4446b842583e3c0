package dev.handoff.jira.knowledge;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.ResponseException;
import dev.handoff.search.confluence.ConfluenceTransport;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Confluence reached through Jira's application link, authenticated as the current user (the draft job runs as the
 * requesting user), so Confluence applies that person's space and page permissions. Redirects are not followed: a
 * login page must come back as what it is, not as a 200.
 */
final class ApplinkConfluenceTransport implements ConfluenceTransport {

    private final ApplicationLink link;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    ApplinkConfluenceTransport(ApplicationLink link, Duration connectTimeout, Duration readTimeout) {
        this.link = link;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    @Override
    public Response get(String pathAndQuery) throws IOException {
        ApplicationLinkRequest request;
        try {
            // a path starting with "/" is appended to the link's RPC URL, context path included
            request = link.createAuthenticatedRequestFactory().createRequest(Request.MethodType.GET, pathAndQuery);
        } catch (CredentialsRequiredException e) {
            // the user has not authorised Jira to act in Confluence: for the search, like any 401
            return new Response(401, null, null, "");
        }
        request.setConnectionTimeout((int) connectTimeout.toMillis())
                .setSoTimeout((int) readTimeout.toMillis())
                .setFollowRedirects(false)
                .addHeader("Accept", "application/json");
        try {
            return request.executeAndReturn(r -> new Response(r.getStatusCode(), r.getHeader("Content-Type"),
                    r.getHeader("Retry-After"), r.getResponseBodyAsString()));
        } catch (ResponseException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof SocketTimeoutException timeout) {
                    throw timeout;
                }
            }
            throw new IOException("the Confluence request failed (" + e.getClass().getSimpleName() + ")");
        }
    }
}

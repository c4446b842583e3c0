package dev.handoff.jira.knowledge;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.confluence.ConfluenceApplicationType;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.search.KnowledgeQuery;
import dev.handoff.search.confluence.ConfluenceSearch;
import dev.handoff.search.confluence.ConfluenceTransport;
import org.junit.jupiter.api.Test;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ConfluenceKnowledgeTest {

    private static final String PAGE = """
            {"results":[{"id":"101","type":"page","status":"current","title":"VPN drops every hour",
              "space":{"key":"NET"},"body":{"storage":{"value":"<p>Renew the machine certificate, then reconnect the VPN.</p>",
              "representation":"storage"}},"_links":{"webui":"/display/NET/VPN"}}],
             "start":0,"limit":25,"size":1,"_links":{"base":"https://wiki.example","context":""}}""";

    private final ApplicationLinkService links = mock(ApplicationLinkService.class);
    private final HandoffSettings settings = mock(HandoffSettings.class);
    private final ApplicationLink link = mock(ApplicationLink.class);
    private final List<String> asked = new ArrayList<>();

    private ConfluenceKnowledge confluence(ConfluenceTransport.Response answer) {
        return new ConfluenceKnowledge(links, settings, l -> path -> {
            asked.add(path);
            return answer;
        });
    }

    @Test
    void withoutApprovedSpacesConfluenceIsNeverAsked() throws Exception {
        when(settings.confluenceSpaces()).thenReturn(Optional.empty());

        assertThat(confluence(null).search(KnowledgeQuery.of("vpn"), 2, 2)).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void onlyApprovedSpacesAtOrBelowTheDraftsTierAreSearchedThroughThePrimaryLink() throws Exception {
        when(settings.confluenceSpaces()).thenReturn(Optional.of("NET:2,SEC:3"));
        when(links.getPrimaryApplicationLink(ConfluenceApplicationType.class)).thenReturn(link);

        ConfluenceSearch.Result r = confluence(new ConfluenceTransport.Response(200, "application/json", null, PAGE))
                .search(KnowledgeQuery.of("vpn certificate"), 2, 2).orElseThrow();

        assertThat(asked).singleElement().asString().startsWith("/rest/api/content/search?").contains("NET").doesNotContain("SEC");
        assertThat(r.hits()).singleElement().satisfies(h -> {
            assertThat(h.knowledge().tier()).isEqualTo(2);
            assertThat(h.knowledge().passage()).contains("Renew the machine certificate");
        });
    }

    @Test
    void approvedSpacesWithoutAConfluenceLinkAreAnErrorTheDraftReports() {
        when(settings.confluenceSpaces()).thenReturn(Optional.of("NET:2"));

        assertThatThrownBy(() -> confluence(null).search(KnowledgeQuery.of("vpn"), 2, 2))
                .hasMessageContaining("no Confluence application link");
    }

    @Test
    void theLinkRequestIsAuthenticatedAsTheUserFollowsNoRedirectAndIsBoundedInTime() throws Exception {
        ApplicationLinkRequestFactory factory = mock(ApplicationLinkRequestFactory.class);
        ApplicationLinkRequest request = mock(ApplicationLinkRequest.class, RETURNS_SELF);
        Response response = mock(Response.class);
        when(link.createAuthenticatedRequestFactory()).thenReturn(factory);
        when(factory.createRequest(eq(Request.MethodType.GET), anyString())).thenReturn(request);
        when(response.getStatusCode()).thenReturn(200);
        when(response.getHeader("Content-Type")).thenReturn("application/json");
        when(response.getResponseBodyAsString()).thenReturn(PAGE);
        when(request.executeAndReturn(any())).thenAnswer(inv -> ((ReturningResponseHandler<Response, ?>) inv.getArgument(0)).handle(response));

        ConfluenceTransport.Response r = new ApplinkConfluenceTransport(link, Duration.ofSeconds(5), Duration.ofSeconds(15))
                .get("/rest/api/content/search?cql=x");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(PAGE);
        verify(factory).createRequest(Request.MethodType.GET, "/rest/api/content/search?cql=x");
        verify(request).setFollowRedirects(false);
        verify(request).setConnectionTimeout(5000);
        verify(request).setSoTimeout(15000);
        verify(request).addHeader("Accept", "application/json");
    }

    @Test
    void aUserWhoHasNotAuthorisedTheLinkGetsNoPagesAndATimeoutStaysATimeout() throws Exception {
        ApplicationLinkRequestFactory factory = mock(ApplicationLinkRequestFactory.class);
        when(link.createAuthenticatedRequestFactory()).thenReturn(factory);
        when(factory.createRequest(any(), anyString())).thenThrow(new CredentialsRequiredException(null, "authorise Jira in Confluence"));
        ApplinkConfluenceTransport transport = new ApplinkConfluenceTransport(link, Duration.ofSeconds(5), Duration.ofSeconds(15));

        assertThat(transport.get("/rest/api/content/search").status()).isEqualTo(401);

        ApplicationLinkRequestFactory slow = mock(ApplicationLinkRequestFactory.class);
        ApplicationLinkRequest request = mock(ApplicationLinkRequest.class, RETURNS_SELF);
        ResponseException failed = new ResponseException(new SocketTimeoutException("Read timed out"));
        when(link.createAuthenticatedRequestFactory()).thenReturn(slow);
        when(slow.createRequest(any(), anyString())).thenReturn(request);
        when(request.executeAndReturn(any())).thenThrow(failed);

        assertThatThrownBy(() -> transport.get("/rest/api/content/search")).isInstanceOf(SocketTimeoutException.class);
    }
}

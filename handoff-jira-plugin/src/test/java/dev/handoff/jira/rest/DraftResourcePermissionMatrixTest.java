package dev.handoff.jira.rest;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import dev.handoff.jira.draft.DraftService;
import dev.handoff.jira.draft.StoredDraft;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.fakes.InMemoryEscalationRequests;
import dev.handoff.jira.load.RequestRateLimiter;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.RegenerateLimits;
import dev.handoff.jira.permission.PermissionFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.handoff.jira.rest.DraftFixtures.RESTRICTED_FACT;
import static dev.handoff.jira.rest.DraftFixtures.SECRET_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Every principal against every panel action on a READY tier-2 draft of SD-7 whose summary quotes one comment
 * restricted to group "secops": the status code, and whether the restricted fact reaches the JSON.
 */
class DraftResourcePermissionMatrixTest {

    @BeforeAll
    static void jaxRs() {
        FakeJaxRs.install();
    }

    enum Principal {
        ANONYMOUS(false, false, false),
        NON_AGENT(true, true, false),
        TIER1(true, true, false, "handoff-tier1"),
        TIER2(true, true, false, "handoff-tier2"),
        TIER3(true, true, false, "handoff-tier3", SECRET_GROUP),
        APPROVER(true, true, false, "handoff-approvers", SECRET_GROUP),
        ADMIN(true, true, true);

        final boolean browse;
        final boolean comment;
        final boolean admin;
        final String[] groups;

        Principal(boolean browse, boolean comment, boolean admin, String... groups) {
            this.browse = browse;
            this.comment = comment;
            this.admin = admin;
            this.groups = groups;
        }
    }

    enum Action { VIEW_PANEL, SEE_RESTRICTED_FACT, APPROVE, REGENERATE }

    /** Expected status; for SEE_RESTRICTED_FACT a 200 is followed by "fact shown" true/false. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                row(Principal.ANONYMOUS, 404, 404, false, 404, 404),
                row(Principal.NON_AGENT, 404, 404, false, 404, 404),
                row(Principal.TIER1, 404, 404, false, 404, 404),
                row(Principal.TIER2, 200, 200, false, 200, 202),
                row(Principal.TIER3, 200, 200, true, 200, 202),
                row(Principal.APPROVER, 200, 200, true, 200, 403),
                row(Principal.ADMIN, 200, 200, false, 403, 403))
                .flatMap(r -> r);
    }

    private static Stream<Arguments> row(Principal p, int view, int see, boolean factShown, int approve, int regenerate) {
        return Stream.of(
                Arguments.of(p, Action.VIEW_PANEL, view, false),
                Arguments.of(p, Action.SEE_RESTRICTED_FACT, see, factShown),
                Arguments.of(p, Action.APPROVE, approve, false),
                Arguments.of(p, Action.REGENERATE, regenerate, false));
    }

    @ParameterizedTest(name = "{0} {1} -> {2} (restricted fact shown: {3})")
    @MethodSource("matrix")
    void eachPrincipalGetsExactlyTheStatusAndFactsTheRulesAllow(Principal principal, Action action, int status, boolean factShown) {
        PermissionFixture jira = new PermissionFixture();
        ApplicationUser user = principal == Principal.ANONYMOUS ? null
                : jira.user(principal.name().toLowerCase(Locale.ROOT), principal.browse, principal.comment, principal.admin, principal.groups);
        JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
        when(auth.getLoggedInUser()).thenReturn(user);
        when(auth.getLocale()).thenReturn(Locale.ENGLISH);
        IssueManager issues = mock(IssueManager.class);
        when(issues.getIssueObject("SD-7")).thenReturn(jira.issue);
        DraftService drafts = mock(DraftService.class);
        StoredDraft ready = DraftFixtures.stored(3, 2, StoredDraft.State.READY);
        when(drafts.latestRequest(7L)).thenReturn(Optional.of(
                DraftFixtures.request(1, 2, EscalationRequest.State.READY, Instant.parse("2026-03-12T10:00:00Z"))));
        when(drafts.latestDraft(7L)).thenReturn(Optional.of(ready));
        try {
            when(drafts.approve(any(), any(), anyInt(), any())).thenReturn(DraftFixtures.stored(3, 2, StoredDraft.State.APPROVED));
        } catch (Exception e) {
            fail(e);
        }
        when(drafts.requestDraft(any(), any(), anyInt())).thenReturn(
                DraftFixtures.request(2, 2, EscalationRequest.State.QUEUED, Instant.now()));
        PanelJson panel = new PanelJson(drafts, jira.permissions, auth, key -> key, issues);
        DraftResource resource = new DraftResource(auth, issues, drafts, jira.permissions, panel,
                new RequestRateLimiter(new InMemoryEscalationRequests(), defaultLimits()));

        Response r = switch (action) {
            case VIEW_PANEL, SEE_RESTRICTED_FACT -> resource.get("SD-7");
            case APPROVE -> resource.approve("SD-7", 3, "{\"text\": null}");
            case REGENERATE -> resource.regenerate("SD-7", 3, "{}");
        };

        assertThat(r.getStatus()).as("%s %s: %s", principal, action, r.getEntity()).isEqualTo(status);
        String json = (String) r.getEntity();
        if (status == 404) {
            assertThat(json).isEqualTo("{\"error\":\"No such issue, or no draft you may see.\"}");
        } else if (status >= 400) {
            assertThat(json).startsWith("{\"error\":\"").doesNotContain(RESTRICTED_FACT);
        } else {
            assertThat(json).startsWith("{\"issueKey\":\"SD-7\"").contains(DraftFixtures.PUBLIC_FACT);
        }
        if (action == Action.SEE_RESTRICTED_FACT) {
            assertThat(json.contains(RESTRICTED_FACT)).as("restricted fact in %s", json).isEqualTo(factShown);
            assertThat(json.contains(SECRET_GROUP)).as("restricted group named in the JSON").isEqualTo(factShown);
        }
        if (action == Action.APPROVE && status != 200) {
            verifyNoDecision(drafts);
        }
        if (action == Action.REGENERATE && status != 202) {
            verify(drafts, never()).requestDraft(any(), any(), anyInt());
        }
        if (status == 404 && (user == null || !principal.browse || principal == Principal.NON_AGENT)) {
            verify(drafts, never()).latestDraft(anyLong());
        }
    }

    private static void verifyNoDecision(DraftService drafts) {
        try {
            verify(drafts, never()).approve(any(), any(), anyInt(), any());
            verify(drafts, never()).reject(any(), any(), anyInt(), anyString());
        } catch (Exception e) {
            fail(e);
        }
    }

    private static HandoffSettings defaultLimits() {
        HandoffSettings settings = mock(HandoffSettings.class);
        when(settings.regenerateLimits()).thenReturn(RegenerateLimits.DEFAULTS);
        return settings;
    }
}

package dev.handoff.jira.rest;

import java.util.List;
import com.atlassian.jira.issue.MutableIssue;
import dev.handoff.core.knowledge.DraftKnowledge;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.handoff.jira.users.JiraUserNames;
import dev.handoff.jira.draft.DraftConflictException;
import dev.handoff.jira.draft.DraftService;
import dev.handoff.jira.draft.StoredDraft;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.fakes.InMemoryEscalationRequests;
import dev.handoff.jira.load.RequestRateLimiter;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.RegenerateLimits;
import dev.handoff.jira.permission.PermissionFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DraftResourceTest {

    private static final Instant LONG_AGO = Instant.parse("2026-03-12T10:00:00Z");

    private final PermissionFixture jira = new PermissionFixture();
    private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final DraftService drafts = mock(DraftService.class);
    private final UserManager users = mock(UserManager.class);
    private final InMemoryEscalationRequests requests = new InMemoryEscalationRequests();
    private final HandoffSettings settings = mock(HandoffSettings.class);
    private DraftResource resource;

    @BeforeAll
    static void jaxRs() {
        FakeJaxRs.install();
    }

    @BeforeEach
    void wire() {
        when(auth.getLocale()).thenReturn(Locale.ENGLISH);
        when(issues.getIssueObject("SD-7")).thenReturn(jira.issue);
        when(settings.regenerateLimits()).thenReturn(new RegenerateLimits(2, 3));
        resource = new DraftResource(auth, issues, drafts, jira.permissions, new PanelJson(drafts, jira.permissions, auth, new JiraUserNames(users), issues),
                new RequestRateLimiter(requests, settings));
    }

    private ApplicationUser loggedIn(String... groups) {
        ApplicationUser u = jira.user("agent", true, true, false, groups);
        when(auth.getLoggedInUser()).thenReturn(u);
        return u;
    }

    private void readyDraft(int tier) {
        when(drafts.latestRequest(7L)).thenReturn(Optional.of(DraftFixtures.request(1, tier, EscalationRequest.State.READY, LONG_AGO)));
        when(drafts.latestDraft(7L)).thenReturn(Optional.of(DraftFixtures.stored(3, tier, StoredDraft.State.READY)));
    }

    private static String body(Response r) {
        return (String) r.getEntity();
    }

    @Test
    void getAnswersTheContractBodyWithTheViewersPermissions() {
        loggedIn("handoff-tier2");
        readyDraft(2);
        when(drafts.isStale(any(), any())).thenReturn(true);

        Response r = resource.get("SD-7");

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getMediaType()).isEqualTo(javax.ws.rs.core.MediaType.APPLICATION_JSON_TYPE);
        assertThat(body(r))
                .startsWith("{\"issueKey\":\"SD-7\",\"state\":\"ready\",\"stale\":true,\"failure\":null,\"version\":3,\"targetTier\":2,"
                        + "\"createdAt\":\"2026-03-12T10:15:00Z\",\"note\":{\"wiki\":")
                .contains("\"environment\":[", "\"slot\":\"os\"", "\"value\":\"Windows 11 23H2\"", "\"ledger\":{",
                        "\"redactions\":{\"password\":1}")
                .endsWith("\"permissions\":{\"approve\":true,\"regenerate\":true,\"draftNow\":true},\"decision\":null}");
    }

    @Test
    void theViewerSeesRunbooksAndOnlyTheSimilarTicketsTheyMayBrowse() {
        ApplicationUser u = loggedIn("handoff-tier2");
        MutableIssue secret = mock(MutableIssue.class);
        when(issues.getIssueObject("SD-1")).thenReturn(jira.issue);
        when(issues.getIssueObject("HR-9")).thenReturn(secret);
        when(jira.permissionManager.hasPermission(jira.browse, secret, u)).thenReturn(false);
        DraftKnowledge knowledge = new DraftKnowledge(
                List.of(new DraftKnowledge.Runbook("Desk/vpn.md", "VPN drops", 2, 2.0, "Renew the certificate.", null)),
                List.of(new DraftKnowledge.SimilarIssue("SD-1", "VPN drops hourly", "Fixed", "Ana", 2.0),
                        new DraftKnowledge.SimilarIssue("HR-9", "Salary VPN", "Fixed", "Bo", 1.5),
                        new DraftKnowledge.SimilarIssue("SD-GONE", "deleted since", "Fixed", null, 1.0)),
                new DraftKnowledge.TeamHint("Network-L2", "3 of the 5 most similar resolved tickets were resolved in Network-L2"),
                List.of());
        StoredDraft d = DraftFixtures.stored(3, 2, StoredDraft.State.READY);
        when(drafts.latestRequest(7L)).thenReturn(Optional.of(DraftFixtures.request(1, 2, EscalationRequest.State.READY, LONG_AGO)));
        when(drafts.latestDraft(7L)).thenReturn(Optional.of(new StoredDraft(d.issueId(), d.version(), d.escalationSequence(),
                d.draft(), null, d.state(), null, null, null, null, knowledge)));

        String body = body(resource.get("SD-7"));

        assertThat(body).contains("\"knowledge\":{\"runbooks\":[{\"id\":\"Desk/vpn.md\"", "\"key\":\"SD-1\"",
                "Network-L2", "Matching runbooks").doesNotContain("HR-9", "Salary", "SD-GONE");
    }

    @Test
    void aNeverEscalatedIssueShowsStateNoneToAnyAgentWhoMayDraftNow() {
        loggedIn("handoff-tier1");
        when(drafts.latestRequest(7L)).thenReturn(Optional.empty());
        when(drafts.latestDraft(7L)).thenReturn(Optional.empty());

        Response r = resource.get("SD-7");

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(body(r)).startsWith("{\"issueKey\":\"SD-7\",\"state\":\"none\",\"stale\":false,\"failure\":null,\"version\":0,"
                        + "\"targetTier\":1,\"createdAt\":null,\"note\":{\"wiki\":\"\",\"text\":\"\"},\"summary\":[],")
                .endsWith("\"permissions\":{\"approve\":false,\"regenerate\":false,\"draftNow\":true},\"decision\":null}");
    }

    @Test
    void draftNowQueuesADraftForTheEscalationsTierAndAnswers202WithStateQueued() {
        ApplicationUser u = loggedIn("handoff-tier2");
        readyDraft(2);
        when(drafts.requestDraft(jira.issue, u, 2)).thenReturn(DraftFixtures.request(2, 2, EscalationRequest.State.QUEUED, Instant.now()));

        Response r = resource.draftNow("SD-7", "{}");

        assertThat(r.getStatus()).isEqualTo(202);
        assertThat(body(r)).contains("\"state\":\"queued\"", "\"draftNow\":false");
        verify(drafts).requestDraft(jira.issue, u, 2);
    }

    @Test
    void draftNowOnANeverEscalatedIssueWritesForTierTwo() {
        ApplicationUser u = loggedIn("handoff-tier1");
        when(drafts.latestRequest(7L)).thenReturn(Optional.empty());
        when(drafts.latestDraft(7L)).thenReturn(Optional.empty());
        when(drafts.requestDraft(jira.issue, u, 2)).thenReturn(DraftFixtures.request(1, 2, EscalationRequest.State.QUEUED, Instant.now()));

        assertThat(resource.draftNow("SD-7", "{}").getStatus()).isEqualTo(202);
        verify(drafts).requestDraft(jira.issue, u, 2);
    }

    @Test
    void theHourlyLimitsPerIssueAndPerUserAnswer429WithTheReasonAndQueueNothing() {
        ApplicationUser u = loggedIn("handoff-tier2");
        readyDraft(2);
        requests.add(7L, 2, "someone-else", false, null);
        requests.add(7L, 2, "someone-else", false, null);

        Response perIssue = resource.regenerate("SD-7", 3, "{}");

        assertThat(perIssue.getStatus()).isEqualTo(429);
        assertThat(body(perIssue)).contains("This issue already had 2 drafts requested in the last hour");

        requests.add(8L, 2, u.getKey(), false, null);
        requests.add(9L, 2, u.getKey(), false, null);
        requests.add(10L, 2, u.getKey(), false, null);
        when(settings.regenerateLimits()).thenReturn(new RegenerateLimits(100, 3));

        Response perUser = resource.draftNow("SD-7", "{}");

        assertThat(perUser.getStatus()).isEqualTo(429);
        assertThat(body(perUser)).contains("You requested 3 drafts in the last hour");
        verify(drafts, never()).requestDraft(any(), any(), anyInt());
    }

    @Test
    void escalationsThroughATransitionDoNotCountTowardsTheHourlyLimit() {
        ApplicationUser u = loggedIn("handoff-tier2");
        readyDraft(2);
        for (int i = 0; i < 5; i++) {
            requests.add(7L, 2, u.getKey(), true, "10001");
        }
        when(drafts.requestDraft(jira.issue, u, 2)).thenReturn(DraftFixtures.request(6, 2, EscalationRequest.State.QUEUED, Instant.now()));

        assertThat(resource.regenerate("SD-7", 3, "{}").getStatus()).isEqualTo(202);
    }

    @Test
    void aPendingJobOrARequestWithinAMinuteAnswers429AndQueuesNothing() {
        loggedIn("handoff-tier2");
        when(drafts.latestDraft(7L)).thenReturn(Optional.of(DraftFixtures.stored(3, 2, StoredDraft.State.READY)));
        when(drafts.latestRequest(7L)).thenReturn(Optional.of(DraftFixtures.request(2, 2, EscalationRequest.State.DRAFTING, LONG_AGO)));
        assertThat(resource.regenerate("SD-7", 3, "{}").getStatus()).isEqualTo(429);
        assertThat(resource.draftNow("SD-7", "{}").getStatus()).isEqualTo(429);

        when(drafts.latestRequest(7L)).thenReturn(Optional.of(DraftFixtures.request(1, 2, EscalationRequest.State.READY, Instant.now())));
        assertThat(resource.regenerate("SD-7", 3, "{}").getStatus()).isEqualTo(429);

        verify(drafts, never()).requestDraft(any(), any(), anyInt());
    }

    @Test
    void aPendingJobIsShownAsQueuedOrDraftingOverTheStoredDraft() {
        loggedIn("handoff-tier2");
        when(drafts.latestDraft(7L)).thenReturn(Optional.of(DraftFixtures.stored(3, 2, StoredDraft.State.READY)));
        when(drafts.latestRequest(7L)).thenReturn(Optional.of(DraftFixtures.request(2, 2, EscalationRequest.State.DRAFTING, LONG_AGO)));

        assertThat(body(resource.get("SD-7"))).contains("\"state\":\"drafting\"", "\"version\":3",
                "\"permissions\":{\"approve\":false,\"regenerate\":false,\"draftNow\":false}");
    }

    @Test
    void aFailedJobShowsItsReason() {
        loggedIn("handoff-tier2");
        when(drafts.latestDraft(7L)).thenReturn(Optional.empty());
        when(drafts.latestRequest(7L)).thenReturn(Optional.of(DraftFixtures.request(1, 2, EscalationRequest.State.FAILED, LONG_AGO)));

        assertThat(body(resource.get("SD-7"))).contains("\"state\":\"failed\"", "\"failure\":\"model server unreachable\"",
                "\"createdAt\":\"2026-03-12T10:00:00Z\"");
    }

    @Test
    void aRequestForAHigherTierHidesTheOlderDraftFromLowerTiers() {
        loggedIn("handoff-tier2");
        when(drafts.latestDraft(7L)).thenReturn(Optional.of(DraftFixtures.stored(3, 2, StoredDraft.State.READY)));
        when(drafts.latestRequest(7L)).thenReturn(Optional.of(DraftFixtures.request(2, 3, EscalationRequest.State.QUEUED, LONG_AGO)));

        assertThat(resource.get("SD-7").getStatus()).isEqualTo(404);
    }

    @Test
    void approvingAnOlderOrDecidedVersionAnswers409WithoutCallingTheService() throws Exception {
        loggedIn("handoff-tier2");
        readyDraft(2);
        assertThat(resource.approve("SD-7", 2, "{}").getStatus()).isEqualTo(409);

        when(drafts.latestDraft(7L)).thenReturn(Optional.of(DraftFixtures.stored(3, 2, StoredDraft.State.REJECTED)));
        assertThat(resource.approve("SD-7", 3, "{}").getStatus()).isEqualTo(409);
        assertThat(resource.reject("SD-7", 3, "{\"reason\":\"no\"}").getStatus()).isEqualTo(409);

        verify(drafts, never()).approve(any(), any(), anyInt(), any());
        verify(drafts, never()).reject(any(), any(), anyInt(), any());
    }

    @Test
    void aConflictReportedByTheServiceAnswers409() throws Exception {
        loggedIn("handoff-tier2");
        readyDraft(2);
        when(drafts.approve(any(), any(), anyInt(), any())).thenThrow(new DraftConflictException("Version 3 was already approved."));

        Response r = resource.approve("SD-7", 3, "{}");

        assertThat(r.getStatus()).isEqualTo(409);
        assertThat(body(r)).isEqualTo("{\"error\":\"Version 3 was already approved.\"}");
    }

    @Test
    void approvePassesTheEditedTextAndAnswersTheApprovedBodyWithTheDecision() throws Exception {
        ApplicationUser u = loggedIn("handoff-tier2");
        readyDraft(2);
        ApplicationUser approver = mock(ApplicationUser.class);
        when(approver.getDisplayName()).thenReturn("A. Prover");
        when(users.getUserByKey("approver-key")).thenReturn(approver);
        when(drafts.approve(jira.issue, u, 3, "h3. Edited")).thenReturn(DraftFixtures.stored(3, 2, StoredDraft.State.APPROVED));

        Response r = resource.approve("SD-7", 3, "{\"text\":\"h3. Edited\"}");

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(body(r)).contains("\"state\":\"approved\"")
                .endsWith("\"decision\":{\"state\":\"approved\",\"by\":\"A. Prover\",\"at\":\"2026-03-12T10:25:00Z\",\"reason\":null}}");
    }

    @Test
    void rejectPassesTheTrimmedReasonAndShowsIt() throws Exception {
        ApplicationUser u = loggedIn("handoff-tier2");
        readyDraft(2);
        when(drafts.reject(jira.issue, u, 3, "wrong tier")).thenReturn(DraftFixtures.stored(3, 2, StoredDraft.State.REJECTED));

        Response r = resource.reject("SD-7", 3, "{\"reason\":\"  wrong tier \"}");

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(body(r)).endsWith("\"decision\":{\"state\":\"rejected\",\"by\":\"approver-key\",\"at\":\"2026-03-12T10:25:00Z\",\"reason\":\"wrong tier\"}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "{\"reason\":\"\"}", "{\"reason\":\"   \"}", "{\"reason\":null}", "{\"reason\":5}",
            "{\"reason\":\"ok\",\"extra\":1}", "{\"reason\":\"a\",\"reason\":\"b\"}", "[\"reason\"]", "not json",
            "{\"reason\":\"ok\"} {}", "\"reason\""})
    void rejectWithoutAUsableReasonAnswers400AndDecidesNothing(String bad) throws Exception {
        loggedIn("handoff-tier2");
        readyDraft(2);

        Response r = resource.reject("SD-7", 3, bad);

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(body(r)).startsWith("{\"error\":\"").endsWith("\"}").doesNotContain("\n");
        verify(drafts, never()).reject(any(), any(), anyInt(), anyString());
    }

    @Test
    void aReasonOf500CharactersIsAcceptedAnd501AreNot() throws Exception {
        loggedIn("handoff-tier2");
        readyDraft(2);
        when(drafts.reject(any(), any(), anyInt(), anyString())).thenReturn(DraftFixtures.stored(3, 2, StoredDraft.State.REJECTED));

        assertThat(resource.reject("SD-7", 3, "{\"reason\":\"" + "x".repeat(501) + "\"}").getStatus()).isEqualTo(400);
        assertThat(resource.reject("SD-7", 3, "{\"reason\":\"" + "x".repeat(500) + "\"}").getStatus()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{\"targetTier\":3}", "[]", "{"})
    void draftNowAndRegenerateAcceptOnlyAnEmptyObject(String bad) {
        loggedIn("handoff-tier2");
        readyDraft(2);

        assertThat(resource.draftNow("SD-7", bad).getStatus()).isEqualTo(400);
        assertThat(resource.regenerate("SD-7", 3, bad).getStatus()).isEqualTo(400);
        verify(drafts, never()).requestDraft(any(), any(), anyInt());
    }

    @Test
    void permissionIsCheckedBeforeTheBodySoOutsidersLearnNothingFromA400() {
        ApplicationUser outsider = jira.user("outsider", true, true, false);
        when(auth.getLoggedInUser()).thenReturn(outsider);
        readyDraft(2);

        assertThat(resource.reject("SD-7", 3, "not json").getStatus()).isEqualTo(404);
        assertThat(resource.approve("SD-7", 999, "not json").getStatus()).isEqualTo(404);
        verify(drafts, never()).latestDraft(anyLong());
    }

    @Test
    void aMissingIssueAndAForbiddenIssueAnswerTheSame404() {
        loggedIn("handoff-tier3");
        readyDraft(2);
        Response missing = resource.get("NOPE-1");
        ApplicationUser noBrowse = jira.user("no-browse", false, false, false, "handoff-tier3");
        when(auth.getLoggedInUser()).thenReturn(noBrowse);
        Response forbidden = resource.get("SD-7");

        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(forbidden.getStatus()).isEqualTo(404);
        assertThat(body(forbidden)).isEqualTo(body(missing));
    }

    @Test
    void aFailureInsideJiraAnswersA500WithoutDetails() {
        loggedIn("handoff-tier2");
        when(drafts.latestRequest(7L)).thenThrow(new IllegalStateException("db down: jdbc:postgresql://secret-host"));

        Response r = resource.get("SD-7");

        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(body(r)).startsWith("{\"error\":\"").doesNotContain("secret-host");
    }
}

package dev.handoff.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.handoff.core.json.Json;
import dev.handoff.jira.draft.DraftConflictException;
import dev.handoff.jira.draft.DraftService;
import dev.handoff.jira.draft.StoredDraft;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.load.RequestRateLimiter;
import dev.handoff.jira.permission.HandoffPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Map;

/**
 * The issue panel's REST API, {@code /rest/handoff/1.0/issue/{issueKey}/draft...}
 * ({@code docs/panel-rest-contract.md}). JSON in and out as strings: no host-Jackson DTOs.
 *
 * <p><b>Security.</b> No security annotation: REST v2 treats an un-annotated resource as {@code LicensedOnly}
 * (reference §10.3), which is what the panel needs, and the per-issue rules of {@link HandoffPermissions} are
 * checked inside every method before anything else is read. An issue the caller may not see, or whose draft is
 * written for a tier above the caller's, answers 404 exactly like a missing issue. No method is excluded from
 * XSRF protection; every POST consumes {@code application/json} only, so a cross-site form cannot reach it.
 */
@Named
@Path("/issue/{issueKey}/draft")
@Produces(MediaType.APPLICATION_JSON)
public class DraftResource {

    private static final Logger LOG = LoggerFactory.getLogger(DraftResource.class);

    /** One "Draft now" / "Regenerate" per issue in this window (and never while a job is pending). */
    static final Duration MIN_REQUEST_INTERVAL = Duration.ofSeconds(60);

    private final JiraAuthenticationContext authenticationContext;
    private final IssueManager issueManager;
    private final DraftService drafts;
    private final HandoffPermissions permissions;
    private final PanelJson panelJson;
    private final RequestRateLimiter rateLimiter;

    @Inject
    public DraftResource(@ComponentImport JiraAuthenticationContext authenticationContext,
                         @ComponentImport IssueManager issueManager,
                         DraftService drafts, HandoffPermissions permissions, PanelJson panelJson,
                        RequestRateLimiter rateLimiter) {
        this.authenticationContext = authenticationContext;
        this.issueManager = issueManager;
        this.drafts = drafts;
        this.permissions = permissions;
        this.panelJson = panelJson;
        this.rateLimiter = rateLimiter;
    }

    @GET
    public Response get(@PathParam("issueKey") String issueKey) {
        return guarded(issueKey, (issue, user, s) -> json(200, panelJson.body(issue, user, s)));
    }

    /** "Draft now": queues a draft for the issue. Body {@code {}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draftNow(@PathParam("issueKey") String issueKey, String body) {
        return guarded(issueKey, (issue, user, s) -> {
            if (!permissions.canDraftNow(issue, user, s.audienceTier())) {
                return error(403, "You may not request a draft for this issue.");
            }
            RequestBodies.empty(body);
            return queue(issue, user, s);
        });
    }

    @POST
    @Path("{version}/regenerate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response regenerate(@PathParam("issueKey") String issueKey, @PathParam("version") int version, String body) {
        return guarded(issueKey, (issue, user, s) -> {
            if (!permissions.canRegenerate(issue, user, s.audienceTier())) {
                return error(403, "You may not regenerate this draft.");
            }
            RequestBodies.empty(body);
            if (s.draft() == null || version != s.latestVersion()) {
                return error(409, "Draft version " + version + " is not the latest; reload the panel.");
            }
            return queue(issue, user, s);
        });
    }

    @POST
    @Path("{version}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("issueKey") String issueKey, @PathParam("version") int version, String body) {
        return guarded(issueKey, (issue, user, s) -> {
            if (!permissions.canApprove(issue, user, s.audienceTier())) {
                return error(403, "You may not approve this draft.");
            }
            String text = RequestBodies.approveText(body);
            Response conflict = undecidable(s, version);
            if (conflict != null) {
                return conflict;
            }
            StoredDraft decided = drafts.approve(issue, user, version, text);
            return json(200, panelJson.body(issue, user, new DraftSnapshot(s.request(), decided)));
        });
    }

    @POST
    @Path("{version}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("issueKey") String issueKey, @PathParam("version") int version, String body) {
        return guarded(issueKey, (issue, user, s) -> {
            if (!permissions.canApprove(issue, user, s.audienceTier())) {
                return error(403, "You may not reject this draft.");
            }
            String reason = RequestBodies.rejectReason(body);
            Response conflict = undecidable(s, version);
            if (conflict != null) {
                return conflict;
            }
            StoredDraft decided = drafts.reject(issue, user, version, reason);
            return json(200, panelJson.body(issue, user, new DraftSnapshot(s.request(), decided)));
        });
    }

    /** 409 unless {@code version} is the latest draft and still undecided. */
    private static Response undecidable(DraftSnapshot s, int version) {
        if (s.draft() == null || version != s.latestVersion()) {
            return error(409, "Draft version " + version + " is not the latest; reload the panel.");
        }
        if (s.draft().state() != StoredDraft.State.READY) {
            return error(409, "Draft version " + version + " is already " + s.state() + ".");
        }
        return null;
    }

    private Response queue(Issue issue, ApplicationUser user, DraftSnapshot s) {
        EscalationRequest last = s.request();
        if (s.pending()) {
            return error(429, "A draft is already being prepared for this issue.");
        }
        if (last != null && last.requestedAt().plus(MIN_REQUEST_INTERVAL).isAfter(Instant.now())) {
            return error(429, "A draft was requested less than a minute ago; try again shortly.");
        }
        Optional<String> refusal = rateLimiter.refusal(issue.getId(), user.getKey());
        if (refusal.isPresent()) {
            return error(429, refusal.get());
        }
        EscalationRequest queued = drafts.requestDraft(issue, user, s.nextTargetTier());
        return json(202, panelJson.body(issue, user, new DraftSnapshot(queued, s.draft())));
    }

    @FunctionalInterface
    private interface Action {
        Response run(Issue issue, ApplicationUser user, DraftSnapshot snapshot)
                throws RequestBodies.BadBody, DraftConflictException;
    }

    /**
     * The order every method follows: the caller and the issue, the view rule (404 when it fails, before any draft
     * is loaded for a caller who is not even an agent on a browsable issue), then the action.
     */
    private Response guarded(String issueKey, Action action) {
        try {
            ApplicationUser user = authenticationContext.getLoggedInUser();
            Issue issue = user == null || issueKey == null ? null : issueManager.getIssueObject(issueKey);
            if (issue == null || !permissions.canView(issue, user, 1)) {
                return notFound();
            }
            DraftSnapshot s = panelJson.load(issue);
            if (!permissions.canView(issue, user, s.audienceTier())) {
                return notFound();
            }
            return action.run(issue, user, s);
        } catch (RequestBodies.BadBody e) {
            return error(400, e.getMessage());
        } catch (DraftConflictException e) {
            return error(409, e.getMessage() == null ? "The draft changed; reload the panel." : e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Handoff REST request for an issue failed", e);
            return error(500, "Handoff could not complete the request; the Jira log has the details.");
        }
    }

    private static Response notFound() {
        return error(404, "No such issue, or no draft you may see.");
    }

    static Response error(int status, String message) {
        return json(status, Json.write(Map.of("error", message)));
    }

    private static Response json(int status, String json) {
        return Response.status(status).entity(json).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}

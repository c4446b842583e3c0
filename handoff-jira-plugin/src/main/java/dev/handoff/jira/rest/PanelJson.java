package dev.handoff.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.handoff.core.draft.Draft;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.json.DraftJson;
import dev.handoff.core.json.Json;
import dev.handoff.core.json.PanelStatus;
import dev.handoff.core.model.Audience;
import dev.handoff.core.render.NoteRenderer;
import dev.handoff.jira.draft.DraftService;
import dev.handoff.jira.draft.StoredDraft;
import dev.handoff.jira.permission.HandoffPermissions;
import dev.handoff.jira.users.UserNames;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The panel contract's GET body for one viewer ({@code docs/panel-rest-contract.md}), as a JSON string. Facts the
 * viewer may not see are removed before anything is rendered; the caller has already checked that the viewer may
 * view the issue's draft at all.
 */
@Named
public class PanelJson {

    private final DraftService drafts;
    private final HandoffPermissions permissions;
    private final JiraAuthenticationContext authenticationContext;
    private final UserNames userNames;
    private final IssueManager issueManager;

    @Inject
    public PanelJson(DraftService drafts, HandoffPermissions permissions,
                     @ComponentImport JiraAuthenticationContext authenticationContext,
                     UserNames userNames, @ComponentImport IssueManager issueManager) {
        this.drafts = drafts;
        this.permissions = permissions;
        this.authenticationContext = authenticationContext;
        this.userNames = userNames;
        this.issueManager = issueManager;
    }

    /** The newest request and draft of the issue. */
    DraftSnapshot load(Issue issue) {
        long id = issue.getId();
        return new DraftSnapshot(drafts.latestRequest(id).orElse(null), drafts.latestDraft(id).orElse(null));
    }

    String body(Issue issue, ApplicationUser viewer, DraftSnapshot s) {
        StoredDraft stored = s.draft();
        int tier = s.audienceTier();
        String state = s.state();
        Draft shown = stored != null
                ? stored.draft().visibleTo(v -> permissions.canSeeSource(issue, viewer, v))
                : Draft.of(issue.getKey(), Audience.agents(tier), tier, Instant.EPOCH, null, null, null, Map.of());

        Map<String, Boolean> may = new LinkedHashMap<>();
        boolean mayQueue = permissions.canRegenerate(issue, viewer, tier);
        may.put("approve", "ready".equals(state) && permissions.canApprove(issue, viewer, tier));
        may.put("regenerate", stored != null && !s.pending() && mayQueue);
        may.put("draftNow", !s.pending() && mayQueue);

        boolean stale = stored != null && drafts.isStale(issue, stored);
        String failure = s.failed() ? s.request().failure() : null;
        PanelStatus status = new PanelStatus(state, stale, failure, s.latestVersion(), may, decision(stored));

        ProseResult prose = stored == null || stored.prose() == null ? null
                : stored.prose().visibleTo(v -> permissions.canSeeSource(issue, viewer, v));
        DraftKnowledge knowledge = stored == null || stored.knowledge() == null ? null
                : stored.knowledge().visibleTo(t -> permissions.canReadTier(viewer, t),
                        key -> permissions.canBrowse(issueManager.getIssueObject(key), viewer));
        Map<String, Object> body = new DraftJson(renderer()).panel(shown, prose, knowledge, status);
        body.put("permissions", may); // PanelStatus copies into an unordered map; keep the contract's order
        if (stored == null) {
            body.put("createdAt", s.request() == null ? null : s.request().requestedAt().toString());
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("wiki", "");
            note.put("text", "");
            body.put("note", note);
        }
        return Json.write(body);
    }

    private Map<String, Object> decision(StoredDraft d) {
        if (d == null || d.state() == StoredDraft.State.READY) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", d.state().name().toLowerCase(Locale.ROOT));
        m.put("by", userNames.displayName(d.decidedBy()));
        m.put("at", d.decidedAt() == null ? null : d.decidedAt().toString());
        m.put("reason", d.decisionNote());
        return m;
    }

    private NoteRenderer renderer() {
        Locale locale = authenticationContext.getLocale();
        return NoteRenderer.forLocale(locale == null ? Locale.ENGLISH : locale, ZoneId.systemDefault());
    }
}

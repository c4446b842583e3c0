package dev.handoff.jira.rest;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.handoff.core.json.Json;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import dev.handoff.jira.fields.EnvironmentFieldCreator;
import dev.handoff.jira.operations.HealthReport;
import dev.handoff.jira.operations.WhereUsed;
import dev.handoff.jira.permission.TierResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /rest/handoff/1.0/operations/...}: the health report and the "where used" report, for Jira administrators
 * only (anybody else gets 404, so the endpoints do not advertise themselves). The reports are read-only; creating
 * the environment fields is a write and needs WebSudo.
 */
@Named
@Path("/operations")
@Produces(MediaType.APPLICATION_JSON)
public class OperationsResource {

    private static final Logger LOG = LoggerFactory.getLogger(OperationsResource.class);

    private final JiraAuthenticationContext auth;
    private final TierResolver tiers;
    private final HealthReport health;
    private final WhereUsed whereUsed;
    private final EnvironmentFieldCreator fieldCreator;
    private final ProjectManager projects;

    @Inject
    public OperationsResource(@ComponentImport JiraAuthenticationContext auth, TierResolver tiers, HealthReport health,
                              WhereUsed whereUsed, EnvironmentFieldCreator fieldCreator,
                              @ComponentImport ProjectManager projects) {
        this.auth = auth;
        this.tiers = tiers;
        this.health = health;
        this.whereUsed = whereUsed;
        this.fieldCreator = fieldCreator;
        this.projects = projects;
    }

    /**
     * Creates (or maps, when they exist) the environment text fields for the given projects. Body
     * {@code {"projectKeys": ["SD"]}}. A write, so WebSudo applies.
     */
    @POST
    @Path("/environment-fields")
    @Consumes(MediaType.APPLICATION_JSON)
    @WebSudoRequired
    public Response createEnvironmentFields(String body) {
        ApplicationUser user = auth.getLoggedInUser();
        if (user == null || !tiers.isAdmin(user)) {
            return DraftResource.error(404, "Not found.");
        }
        List<Long> ids = new ArrayList<>();
        try {
            for (String key : RequestBodies.projectKeys(body)) {
                Project p = projects.getProjectObjByKey(key);
                if (p == null) {
                    return DraftResource.error(400, "No project with key " + key + ".");
                }
                ids.add(p.getId());
            }
        } catch (RequestBodies.BadBody e) {
            return DraftResource.error(400, e.getMessage());
        }
        return adminOnly(() -> {
            try {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (EnvironmentFieldCreator.Result r : fieldCreator.create(ids)) {
                    rows.add(Map.of("slot", r.slot().jsonName(), "field", r.fieldId(), "outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT)));
                }
                return Map.of("fields", rows);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @GET
    @Path("/health")
    public Response health() {
        return adminOnly(health::build);
    }

    /** Workflows and transitions that reference Handoff: remove these references before disabling or removing it. */
    @GET
    @Path("/where-used")
    public Response whereUsed() {
        return adminOnly(() -> WhereUsed.json(whereUsed.uses()));
    }

    private Response adminOnly(Supplier<Object> body) {
        ApplicationUser user = auth.getLoggedInUser();
        if (user == null || !tiers.isAdmin(user)) {
            return DraftResource.error(404, "Not found.");
        }
        try {
            return Response.ok(Json.write(body.get()), MediaType.APPLICATION_JSON_TYPE).build();
        } catch (RuntimeException e) {
            LOG.error("Handoff operations report failed", e);
            return DraftResource.error(500, "The report failed: " + e.getClass().getSimpleName());
        }
    }
}

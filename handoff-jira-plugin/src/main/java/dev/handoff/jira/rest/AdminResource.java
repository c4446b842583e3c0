package dev.handoff.jira.rest;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import dev.handoff.jira.admin.AdminService;
import dev.handoff.jira.knowledge.KnowledgeAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

/**
 * The admin screen's REST API, {@code /rest/handoff/1.0/admin/...}: read and replace the configuration, test a model
 * URL, read and replace one project's overrides. Jira administrators only, twice over: REST v2's {@code @AdminOnly} and SAL's {@code isAdmin} (or
 * {@code isSystemAdmin}) checked in every method before anything is read. Writes and the outbound probe need a WebSudo
 * (secure administrator) session. No method is excluded from XSRF protection; bodies are {@code application/json}.
 */
@Named
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class AdminResource {

    private static final Logger LOG = LoggerFactory.getLogger(AdminResource.class);
    /** A zip of runbooks larger than this is refused before it is unpacked. */
    static final int MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

    private final UserManager userManager;
    private final ProjectManager projectManager;
    private final AdminService admin;
    private final KnowledgeAdmin knowledge;

    @Inject
    public AdminResource(@ComponentImport("salUserManager") UserManager userManager,
                         @ComponentImport ProjectManager projectManager, AdminService admin, KnowledgeAdmin knowledge) {
        this.userManager = userManager;
        this.projectManager = projectManager;
        this.admin = admin;
        this.knowledge = knowledge;
    }

    @GET
    @Path("config")
    public Response config() {
        return adminOnly(user -> admin.config());
    }

    /** Replaces the whole configuration: every value is validated before any is stored. */
    @PUT
    @Path("config")
    @Consumes(MediaType.APPLICATION_JSON)
    @WebSudoRequired
    public Response save(String body) {
        return adminOnly(user -> admin.save(user.getStringValue(), body));
    }

    @GET
    @Path("project/{projectKey}")
    public Response project(@PathParam("projectKey") String projectKey) {
        return adminOnly(user -> existing(projectKey) ? admin.project(projectKey) : noSuchProject());
    }

    /** Replaces one project's overrides (enabled, target tier, post as comment, comment role and group). */
    @PUT
    @Path("project/{projectKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @WebSudoRequired
    public Response saveProject(@PathParam("projectKey") String projectKey, String body) {
        return adminOnly(user -> existing(projectKey) ? admin.saveProject(user.getStringValue(), projectKey, body) : noSuchProject());
    }

    /** Probes the model URL in the body ({@code {"modelUrl", "modelName"}}), saved or not. */
    @POST
    @Path("test-connection")
    @Consumes(MediaType.APPLICATION_JSON)
    @WebSudoRequired
    public Response testConnection(String body) {
        return adminOnly(user -> admin.testConnection(body));
    }

    /** The approved knowledge sources and this node's index. */
    @GET
    @Path("knowledge")
    public Response knowledge() {
        return adminOnly(user -> knowledge.list());
    }

    /** Adds a source ({@code {"name", "tier"}}); its documents come with an import. */
    @POST
    @Path("knowledge/sources")
    @Consumes(MediaType.APPLICATION_JSON)
    @WebSudoRequired
    public Response addSource(String body) {
        return adminOnly(user -> knowledge.add(user.getStringValue(), body));
    }

    @PUT
    @Path("knowledge/sources/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @WebSudoRequired
    public Response updateSource(@PathParam("id") long id, String body) {
        return adminOnly(user -> knowledge.update(user.getStringValue(), id, body));
    }

    @DELETE
    @Path("knowledge/sources/{id}")
    @WebSudoRequired
    public Response deleteSource(@PathParam("id") long id) {
        return adminOnly(user -> knowledge.delete(user.getStringValue(), id));
    }

    /**
     * Replaces a source's documents with the uploaded file's: a zip of Markdown, HTML or Confluence storage-format
     * files, or one such file. The body is the file itself; {@code filename} says what it is.
     */
    @POST
    @Path("knowledge/sources/{id}/documents")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @WebSudoRequired
    public Response importDocuments(@PathParam("id") long id, @QueryParam("filename") String filename, InputStream body) {
        return adminOnly(user -> {
            // read only for an administrator, and never more than the limit: the heap is shared with Jira
            byte[] upload;
            try {
                upload = body == null ? new byte[0] : body.readNBytes(MAX_UPLOAD_BYTES + 1);
            } catch (IOException e) {
                return AdminService.error(400, "The upload could not be read.", "file");
            }
            if (upload.length > MAX_UPLOAD_BYTES) {
                return AdminService.error(400, "Nothing was imported: the file is larger than "
                        + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB.", "file");
            }
            return knowledge.importDocuments(user.getStringValue(), id, filename, upload);
        });
    }

    /** Settings are kept only for projects that exist, under the key Jira knows them by. */
    private boolean existing(String projectKey) {
        Project project = projectKey == null ? null : projectManager.getProjectObjByKey(projectKey);
        return project != null && projectKey.equals(project.getKey());
    }

    private static AdminService.Answer noSuchProject() {
        return AdminService.error(404, "There is no project with this key.", "projectKey");
    }

    private Response adminOnly(Function<UserKey, AdminService.Answer> action) {
        try {
            UserKey user = userManager.getRemoteUserKey();
            if (user == null) {
                return json(AdminService.error(401, "Log in as a Jira administrator.", null));
            }
            if (!userManager.isSystemAdmin(user) && !userManager.isAdmin(user)) {
                return json(AdminService.error(403, "Only Jira administrators may configure Handoff.", null));
            }
            return json(action.apply(user));
        } catch (RuntimeException e) {
            LOG.error("Handoff admin REST request failed", e);
            return json(AdminService.error(500, "Handoff could not complete the request; the Jira log has the details.", null));
        }
    }

    private static Response json(AdminService.Answer answer) {
        return Response.status(answer.status()).entity(answer.json()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}

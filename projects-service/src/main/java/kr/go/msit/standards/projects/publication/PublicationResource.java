package kr.go.msit.standards.projects.publication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import kr.go.msit.standards.platform.openapi.ProblemRules;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.Idempotent;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/publications")
@Tag(name = "Publications", description = "Joint publications with NIST co-authors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicationResource {

    private final PublicationService service;

    public PublicationResource(PublicationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({
        Roles.PROGRAM_MANAGER,
        Roles.FINANCE_OFFICER,
        Roles.PARTNERSHIP_OFFICER,
        Roles.INSTITUTION,
        Roles.AUDITOR,
        Roles.VIEWER
    })
    @Operation(
            operationId = "listPublications",
            summary = "List joint publications by date; an institution sees its own projects'")
    public PageView<PublicationView> list(
            @Parameter(description = "Only this project's") @QueryParam("projectId") UUID projectId,
            @Valid @BeanParam PageRequest page) {
        return service.list(projectId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({
        Roles.PROGRAM_MANAGER,
        Roles.FINANCE_OFFICER,
        Roles.PARTNERSHIP_OFFICER,
        Roles.INSTITUTION,
        Roles.AUDITOR,
        Roles.VIEWER
    })
    @Operation(operationId = "getPublication", summary = "Get a joint publication (ETag)")
    public RestResponse<PublicationView> get(@PathParam("id") UUID id) {
        PublicationView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({
        Roles.PROGRAM_MANAGER,
        Roles.FINANCE_OFFICER,
        Roles.PARTNERSHIP_OFFICER,
        Roles.INSTITUTION,
        Roles.AUDITOR,
        Roles.VIEWER
    })
    @Operation(operationId = "getPublicationHistory", summary = "Audit history of the publication, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-project": "no such project (or not the caller's institution's)",
                "date-in-future": "publishedOn is after today (Korea)",
                "date-before-1900": "publishedOn is before 1900"}}""")
    @Operation(
            operationId = "createPublication",
            summary = "Record a project's joint publication with NIST co-authors; by the project's institution or a "
                    + "program manager")
    @APIResponseSchema(
            value = PublicationView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<PublicationView> create(@Valid @NotNull PublicationRequest request) {
        PublicationView view = service.create(request);
        return ETags.created("/api/v1/publications/" + view.id(), view, view.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"project-fixed": "projectId is not the publication's project",
                "date-in-future": "publishedOn is after today (Korea)",
                "date-before-1900": "publishedOn is before 1900"}}""")
    @Operation(operationId = "updatePublication", summary = "Replace a publication's fields (If-Match supported)")
    public RestResponse<PublicationView> update(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull PublicationRequest request) {
        PublicationView view = service.update(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }
}

package kr.go.msit.standards.projects.program;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/programs")
@Tag(name = "Programs", description = "Funding programs (사업) and their envelopes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgramResource {

    private final ProgramService service;

    public ProgramResource(ProgramService service) {
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
    @Operation(operationId = "listPrograms", summary = "List programs")
    public PageView<ProgramView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
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
    @Operation(operationId = "getProgram", summary = "Get a program (ETag)")
    public RestResponse<ProgramView> get(@PathParam("id") UUID id) {
        ProgramView view = service.get(id);
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
    @Operation(
            operationId = "getProgramHistory",
            summary = "Audit history of the program (and of its calls): who changed what and when, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"program-years": "the first fiscal year is after the last"}}""")
    @Operation(operationId = "createProgram", summary = "Create a program (Idempotency-Key supported)")
    @APIResponseSchema(
            value = ProgramView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<ProgramView> create(@Valid @NotNull ProgramRequest request) {
        ProgramView view = service.create(request);
        return ETags.created("/api/v1/programs/" + view.id(), view, view.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"program-years": "the first fiscal year is after the last",
                "envelope-below-calls": "the envelope would be below its calls' ceilings",
                "period-excludes-calls": "the program's years would exclude one of its calls",
                "period-excludes-projects": "the program would give up a year one of its projects performs in"}}""")
    @Operation(operationId = "updateProgram", summary = "Replace a program's fields (If-Match supported)")
    public RestResponse<ProgramView> update(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull ProgramRequest request) {
        ProgramView view = service.update(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }
}

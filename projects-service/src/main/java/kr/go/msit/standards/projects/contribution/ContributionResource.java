package kr.go.msit.standards.projects.contribution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/contributions")
@Tag(name = "Contributions", description = "Projects' contributions to standards bodies (표준 기고/제안) and their stages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContributionResource {

    private final ContributionService service;

    public ContributionResource(ContributionService service) {
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
            operationId = "listContributions",
            summary = "List contributions in the order they were recorded; an institution sees its own projects'")
    public PageView<ContributionView> list(
            @Parameter(description = "Only this project's") @QueryParam("projectId") UUID projectId,
            @Parameter(description = "Only those to this standards body") @QueryParam("bodyId") UUID bodyId,
            @Parameter(description = "Only those at this stage (a stage code)") @QueryParam("stage") @Size(max = 40)
                    String stage,
            @Valid @BeanParam PageRequest page) {
        return service.list(projectId, bodyId, stage, page);
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
    @Operation(operationId = "getContribution", summary = "Get a contribution with its stage history (ETag)")
    public RestResponse<ContributionView> get(@PathParam("id") UUID id) {
        ContributionView view = service.get(id);
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
    @Operation(operationId = "getContributionHistory", summary = "Audit history of the contribution, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-project": "no such project (or not the caller's institution's)",
                "unknown-standards-body": "no such standards body",
                "stage-of-another-body": "the stage is not one of the body's stages",
                "date-in-future": "the stage date is after today (Korea)",
                "date-before-1900": "the date is before 1900",
                "standard-number-required": "a contribution at the PUBLISHED stage names its standard"}}""")
    @Operation(
            operationId = "createContribution",
            summary = "Record a project's contribution to a standards body at the stage it reached; by the "
                    + "project's institution or a program manager")
    @APIResponseSchema(
            value = ContributionView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<ContributionView> create(@Valid @NotNull ContributionRequest request) {
        ContributionView view = service.create(request);
        return ETags.created("/api/v1/contributions/" + view.id(), view, view.version());
    }

    @POST
    @Path("/{id}/stage")
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"stage-of-another-body": "the stage is not one of the body's stages",
                "stage-date-order": "the date is before the date of the stage it is at",
                "date-in-future": "the date is after today (Korea)",
                "date-before-1900": "the date is before 1900",
                "standard-number-required": "the body's PUBLISHED stage needs standardNumber"}}""")
    @Operation(
            operationId = "moveContributionStage",
            summary = "Record that the contribution reached a further stage of its body: forward (skipping "
                    + "allowed) or to a terminal stage, dated no earlier than the last (If-Match supported)")
    public RestResponse<ContributionView> move(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull StageMoveRequest request) {
        ContributionView view = service.move(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }
}

package kr.go.msit.standards.projects.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

@Path("/api/v1/projects")
@Tag(name = "Projects", description = "Projects (과제), their state machine and reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    private final ProjectService service;
    private final ProjectIntake intake;

    public ProjectResource(ProjectService service, ProjectIntake intake) {
        this.intake = intake;
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
    @Operation(operationId = "listProjects", summary = "List projects, ordered by code, with filters and free text")
    public PageView<ProjectView> list(
            @QueryParam("status") ProjectStatus status,
            @QueryParam("technologyArea") TechnologyArea technologyArea,
            @QueryParam("leadInstitutionId") UUID leadInstitutionId,
            @QueryParam("fiscalYear") @Min(2000) @Max(2100) Integer fiscalYear,
            @QueryParam("programId") UUID programId,
            @QueryParam("callId") UUID callId,
            @Parameter(
                            description =
                                    "Only projects that name this partner unit (a NIST laboratory) on their partner side")
                    @QueryParam("partnerUnitId")
                    UUID partnerUnitId,
            @Parameter(description = "Free text in Korean or English, matched in code and titles")
                    @QueryParam("q")
                    @Size(max = 200)
                    String q,
            @Parameter(
                            description =
                                    "The next of the previous page: continues the list after it (page is then ignored)")
                    @QueryParam("after")
                    @Size(max = 600)
                    String after,
            @Valid @BeanParam PageRequest page) {
        return service.list(
                new ProjectFilter(
                        status, technologyArea, leadInstitutionId, fiscalYear, programId, callId, q, partnerUnitId),
                page,
                after);
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
    @Operation(operationId = "getProject", summary = "Get a project (ETag)")
    public RestResponse<ProjectView> get(@PathParam("id") UUID id) {
        ProjectView view = service.get(id);
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
            operationId = "getProjectHistory",
            summary = "Audit history of the project and of its reports and outputs (and of its evaluations, for a "
                    + "program manager and an auditor): who changed what and when, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-program": "no such program",
                "project-year-outside-program": "the project's fiscal year is outside its program's years",
                "unknown-call": "no such call",
                "call-not-announced": "the call is a draft, or was cancelled before it was announced",
                "project-period": "the period starts or ends outside the program's years, ends before it starts, or more than ten years after",
                "unknown-institution": "no such institution in partnership-service",
                "unknown-agency": "a qualifying agency of the call or program is unknown to partnership-service",
                "lead-not-eligible": "the lead holds no qualifying partner agreement (reasons)",
                "per-project-cap": "the award is above its call's per-project cap",
                "call-ceiling": "the award would bring its call above the call's ceiling (remainingKrw)",
                "envelope-exceeded": "a project of no call: the award would bring the program above its envelope, beside its calls' ceilings (remainingKrw)"}}""")
    @Operation(
            operationId = "importProject",
            summary =
                    "Import a project selected outside this system (Idempotency-Key supported); its lead must hold a qualifying partner agreement (asked of partnership-service; 503 when it cannot answer)")
    @APIResponseSchema(
            value = ProjectView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<ProjectView> importProject(@Valid @NotNull ProjectRequest request) {
        ProjectView view = intake.importProject(request);
        return ETags.created("/api/v1/projects/" + view.id(), view, view.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Operation(operationId = "updateProject", summary = "Change a project's descriptive fields (If-Match supported)")
    public RestResponse<ProjectView> update(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull ProjectUpdateRequest request) {
        ProjectView view = service.update(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/sign-agreement")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Operation(operationId = "signProjectAgreement", summary = "SELECTED → AGREEMENT_SIGNED (협약)")
    public RestResponse<ProjectView> signAgreement(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid TransitionRequest request) {
        return transition(id, ProjectAction.SIGN_AGREEMENT, ifMatch, request);
    }

    @POST
    @Path("/{id}/activate")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Operation(operationId = "activateProject", summary = "AGREEMENT_SIGNED → ACTIVE")
    public RestResponse<ProjectView> activate(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid TransitionRequest request) {
        return transition(id, ProjectAction.ACTIVATE, ifMatch, request);
    }

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"reason-required": "a reason is required"}}""")
    @Operation(operationId = "suspendProject", summary = "ACTIVE → SUSPENDED (reason required)")
    public RestResponse<ProjectView> suspend(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid TransitionRequest request) {
        return transition(id, ProjectAction.SUSPEND, ifMatch, request);
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Operation(operationId = "resumeProject", summary = "SUSPENDED → ACTIVE")
    public RestResponse<ProjectView> resume(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid TransitionRequest request) {
        return transition(id, ProjectAction.RESUME, ifMatch, request);
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"final-report-missing": "the final report is not submitted"}}""")
    @Operation(operationId = "completeProject", summary = "ACTIVE → COMPLETED (the final report must be submitted)")
    public RestResponse<ProjectView> complete(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid TransitionRequest request) {
        ProjectView view = service.complete(id, ifMatch, request == null ? TransitionRequest.EMPTY : request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"settlement-pending": "funding-service has not settled the project's allocation (allocationId)"}}""")
    @Operation(
            operationId = "closeProject",
            summary = "COMPLETED → CLOSED, after settlement (정산): funding-service must have settled the project's "
                    + "allocation, if it has one (asked; 503 when it cannot answer)")
    public RestResponse<ProjectView> close(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid TransitionRequest request) {
        ProjectView view = service.close(id, ifMatch, request == null ? TransitionRequest.EMPTY : request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/terminate")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"reason-required": "a reason is required"}}""")
    @Operation(
            operationId = "terminateProject",
            summary = "SELECTED, ACTIVE or SUSPENDED → TERMINATED (협약 해약; reason required)")
    public RestResponse<ProjectView> terminate(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid TransitionRequest request) {
        return transition(id, ProjectAction.TERMINATE, ifMatch, request);
    }

    private RestResponse<ProjectView> transition(
            UUID id, ProjectAction action, String ifMatch, TransitionRequest request) {
        ProjectView view = service.transition(id, action, ifMatch, request == null ? TransitionRequest.EMPTY : request);
        return ETags.ok(view, view.version());
    }
}

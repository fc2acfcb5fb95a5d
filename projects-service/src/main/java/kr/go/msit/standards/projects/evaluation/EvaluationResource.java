package kr.go.msit.standards.projects.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

@Path("/api/v1/evaluations")
@Tag(name = "Evaluations", description = "Annual and stage evaluations that decide next year's money (연차·단계 평가)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final EvaluationService service;

    public EvaluationResource(EvaluationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.FINANCE_OFFICER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(
            operationId = "listEvaluations",
            summary = "List evaluations by fiscal year; an institution sees its own projects' decided ones")
    public PageView<EvaluationView> list(
            @Parameter(description = "Only this project's") @QueryParam("projectId") UUID projectId,
            @Parameter(description = "Only this fiscal year") @QueryParam("fiscalYear") @Min(2000) @Max(2100)
                    Integer fiscalYear,
            @Valid @BeanParam PageRequest page) {
        return service.list(projectId, fiscalYear, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.FINANCE_OFFICER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(operationId = "getEvaluation", summary = "Get an evaluation (ETag)")
    public RestResponse<EvaluationView> get(@PathParam("id") UUID id) {
        EvaluationView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getEvaluationHistory", summary = "Audit history of the evaluation, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-project": "no such project",
                "project-not-evaluable": "the project is TERMINATED or CLOSED (projectStatus)",
                "year-outside-project-period": "the fiscal year is outside the project's period of performance (fiscalYear)",
                "year-not-begun": "the fiscal year is after this year (Korea) (fiscalYear)"}}""")
    @Operation(operationId = "createEvaluation", summary = "Schedule a project's annual or stage evaluation for a year")
    @APIResponseSchema(
            value = EvaluationView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<EvaluationView> create(@Valid @NotNull EvaluationRequest request) {
        EvaluationView view = service.create(request);
        return ETags.created("/api/v1/evaluations/" + view.id(), view, view.version());
    }

    @POST
    @Path("/{id}/evaluators")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"conflict-of-interest": "the evaluator is of the project's lead or joint institution (상피)",
                "unknown-institution": "no such institution in partnership-service"}}""")
    @Operation(
            operationId = "addEvaluator",
            summary =
                    "Name an evaluator of a known institution, before the decision; not of the project's lead or joint institutions, nor one named already (409)")
    public RestResponse<EvaluationView> addEvaluator(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull EvaluatorRequest request) {
        EvaluationView view = service.addEvaluator(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"no-evaluators": "the evaluation has no evaluator"}}""")
    @Operation(operationId = "startEvaluation", summary = "SCHEDULED → UNDER_EVALUATION, with at least one evaluator")
    public RestResponse<EvaluationView> start(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        EvaluationView view = service.start(id, ifMatch);
        return ETags.ok(view, view.version());
    }

    @PUT
    @Path("/{id}/evaluators/{evaluatorId}/score")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Operation(
            operationId = "scoreEvaluation",
            summary = "Record an evaluator's score (0–100) and comment, while UNDER_EVALUATION")
    public RestResponse<EvaluationView> score(
            @PathParam("id") UUID id,
            @PathParam("evaluatorId") UUID evaluatorId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull ScoreRequest request) {
        EvaluationView view = service.score(id, evaluatorId, ifMatch, request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/decide")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"scores-missing": "an evaluator has not scored",
                "reduction-percent": "reductionPercent goes with CONTINUE_REDUCED, and only with it",
                "no-grade-scale": "the project's program has no grade scale",
                "project-not-stoppable": "STOP for a project that cannot be terminated in its state (projectStatus)"}}""")
    @Operation(
            operationId = "decideEvaluation",
            summary = "UNDER_EVALUATION → DECIDED with every score in: the average's grade on the program's scale and "
                    + "CONTINUE, CONTINUE_REDUCED (with reductionPercent) or STOP, which terminates the project")
    public RestResponse<EvaluationView> decide(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull DecisionRequest request) {
        EvaluationView view = service.decide(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }
}

package kr.go.msit.standards.partnership.match;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import kr.go.msit.standards.partnership.need.ReasonRequest;
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

@Path("/api/v1/matches")
@Tag(name = "Matches", description = "Needs paired with partner offers, and what came of them (협력 수요 연계)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MatchResource {

    private final MatchService service;
    private final CooperationSummaryService summaries;

    public MatchResource(MatchService service, CooperationSummaryService summaries) {
        this.service = service;
        this.summaries = summaries;
    }

    @GET
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(operationId = "listMatches", summary = "List matches by code; an institution sees its needs' matches")
    public PageView<MatchView> list(
            @Parameter(description = "Only this need's") @QueryParam("needId") UUID needId,
            @Parameter(description = "Only this offer's") @QueryParam("offerId") UUID offerId,
            @Parameter(description = "Only the matches of this institution's needs") @QueryParam("institutionId")
                    UUID institutionId,
            @Parameter(description = "Only matches in this state") @QueryParam("status") MatchStatus status,
            @Valid @BeanParam PageRequest page) {
        return service.list(needId, offerId, institutionId, status, page);
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(
            operationId = "getCooperationSummary",
            summary = "Open needs and offers by technology area, and the matches realised in a year (this year, "
                    + "Korea's date, when absent); an institution counts its own needs")
    public CooperationSummary summary(
            @Parameter(description = "The year of realised matches")
                    @QueryParam("year")
                    @jakarta.validation.constraints.Min(2000)
                    @jakarta.validation.constraints.Max(2100)
                    Integer year) {
        return summaries.summary(year);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(operationId = "getMatch", summary = "Get a match (ETag)")
    public RestResponse<MatchView> get(@PathParam("id") UUID id) {
        MatchView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(operationId = "getMatchHistory", summary = "Audit history of the match, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-need": "no such cooperation need",
                "unknown-offer": "no such partner offer",
                "need-not-open": "the need is not OPEN or MATCHED",
                "offer-not-open": "the offer is closed or past its last day"}}""")
    @Operation(operationId = "createMatch", summary = "Propose pairing a need with an offer (PROPOSED)")
    @APIResponseSchema(
            value = MatchView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<MatchView> create(@Valid @NotNull MatchRequest request) {
        MatchView view = service.create(request);
        return ETags.created("/api/v1/matches/" + view.id(), view, view.version());
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"need-closed": "the need is closed",
                "offer-closed": "the match's offer is closed"}}""")
    @Operation(
            operationId = "acceptMatch",
            summary = "One side accepts: INSTITUTION with the need's institution's own token, PARTNER recorded by a "
                    + "partnership officer; ACCEPTED (and the need MATCHED) once both have (If-Match supported)")
    public RestResponse<MatchView> accept(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull AcceptRequest request) {
        MatchView view = service.accept(id, ifMatch, request.side());
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/realise")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"need-closed": "the need is closed",
                "unknown-outcome": "no such agreement, dispatch or workshop (to an institution, another institution's is none)",
                "unknown-project": "projects-service does not know the project",
                "outcome-not-the-institutions": "the agreement, dispatch or project is not the need's institution's",
                "outcome-did-not-happen": "a cancelled workshop or dispatch, or an agreement still a draft or terminated"}}""")
    @Operation(
            operationId = "realiseMatch",
            summary = "ACCEPTED → REALISED, linked to the agreement, dispatch, workshop or project that came of it "
                    + "(a project asked of projects-service: 503 when it cannot answer); the need becomes REALISED")
    public RestResponse<MatchView> realise(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull RealiseRequest request) {
        MatchView view = service.realise(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"reason-required": "a reason is required"}}""")
    @Operation(operationId = "declineMatch", summary = "PROPOSED → DECLINED (reason required)")
    public RestResponse<MatchView> decline(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid ReasonRequest request) {
        MatchView view = service.end(id, ifMatch, MatchAction.DECLINE, request == null ? null : request.reason());
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"reason-required": "a reason is required"}}""")
    @Operation(
            operationId = "withdrawMatch",
            summary = "PROPOSED or ACCEPTED → WITHDRAWN (reason required); the need is OPEN again without another "
                    + "accepted match")
    public RestResponse<MatchView> withdraw(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid ReasonRequest request) {
        MatchView view = service.end(id, ifMatch, MatchAction.WITHDRAW, request == null ? null : request.reason());
        return ETags.ok(view, view.version());
    }
}

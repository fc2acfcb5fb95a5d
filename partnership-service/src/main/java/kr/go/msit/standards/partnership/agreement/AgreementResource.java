package kr.go.msit.standards.partnership.agreement;

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

@Path("/api/v1/agreements")
@Tag(
        name = "Agreements",
        description = "Partner agreements (MOU, LOI, confirmation letter) between institutions and partner agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementResource {

    private final AgreementService service;

    public AgreementResource(AgreementService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(
            operationId = "listAgreements",
            summary = "List agreements; expiringWithinDays=N lists the ACTIVE ones ending within N days")
    public PageView<AgreementView> list(
            @QueryParam("institutionId") UUID institutionId,
            @QueryParam("agencyId") UUID agencyId,
            @QueryParam("instrument") Instrument instrument,
            @QueryParam("status") AgreementStatus status,
            @Parameter(
                            description =
                                    "true: only agreements in force today (ACTIVE, effective, not past their expiry; "
                                            + "what eligibility counts); false: only those that are not")
                    @QueryParam("inForce")
                    Boolean inForce,
            @Parameter(description = "Only ACTIVE agreements whose expiry date is within this many days from today")
                    @QueryParam("expiringWithinDays")
                    @Min(0)
                    @Max(3650)
                    Integer expiringWithinDays,
            @Valid @BeanParam PageRequest page) {
        return service.list(
                new AgreementService.Filter(institutionId, agencyId, instrument, status, inForce, expiringWithinDays),
                page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(operationId = "getAgreement", summary = "Get an agreement (ETag)")
    public RestResponse<AgreementView> get(@PathParam("id") UUID id) {
        AgreementView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(operationId = "getAgreementHistory", summary = "Audit history of the agreement, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-institution": "no such institution in partnership-service",
                "unknown-agency": "no such partner agency",
                "effective-before-signing": "effectiveFrom is before signedOn",
                "date-in-future": "signedOn is after today (Korea)",
                "expiry-before-effect": "expiresOn is before effectiveFrom"}}""")
    @Operation(operationId = "createAgreement", summary = "Record an agreement as a DRAFT (Idempotency-Key supported)")
    @APIResponseSchema(
            value = AgreementView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<AgreementView> create(@Valid @NotNull AgreementRequest request) {
        AgreementView view = service.create(request);
        return ETags.created("/api/v1/agreements/" + view.id(), view, view.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"agreement-parties-fixed": "an agreement's institution and agency cannot change",
                "effective-before-signing": "effectiveFrom is before signedOn",
                "date-in-future": "signedOn is after today (Korea)",
                "expiry-before-effect": "expiresOn is before effectiveFrom"}}""")
    @Operation(operationId = "updateAgreement", summary = "Change a DRAFT agreement (If-Match supported)")
    public RestResponse<AgreementView> update(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull AgreementRequest request) {
        AgreementView view = service.update(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/activate")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Operation(operationId = "activateAgreement", summary = "DRAFT → ACTIVE")
    public RestResponse<AgreementView> activate(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid AgreementTransitionRequest request) {
        return transition(id, AgreementAction.ACTIVATE, ifMatch, request);
    }

    @POST
    @Path("/{id}/expire")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"not-yet-expired": "expiresOn has not passed"}}""")
    @Operation(operationId = "expireAgreement", summary = "ACTIVE → EXPIRED, once its expiry date has passed")
    public RestResponse<AgreementView> expire(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid AgreementTransitionRequest request) {
        return transition(id, AgreementAction.EXPIRE, ifMatch, request);
    }

    @POST
    @Path("/{id}/terminate")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"terminated-before-signing": "terminatedOn is before signedOn",
                "date-in-future": "terminatedOn is after today (Korea)",
                "reason-required": "a reason is required"}}""")
    @Operation(operationId = "terminateAgreement", summary = "DRAFT or ACTIVE → TERMINATED (reason required)")
    public RestResponse<AgreementView> terminate(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid AgreementTransitionRequest request) {
        return transition(id, AgreementAction.TERMINATE, ifMatch, request);
    }

    @POST
    @Path("/{id}/renew")
    @Idempotent
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"effective-before-signing": "effectiveFrom is before signedOn",
                "date-in-future": "signedOn is after today (Korea)",
                "expiry-before-effect": "expiresOn is before effectiveFrom",
                "renewal-not-later": "the successor does not start after its predecessor"}}""")
    @Operation(
            operationId = "renewAgreement",
            summary =
                    "Create the successor of an ACTIVE or EXPIRED agreement as a DRAFT linked to it (Idempotency-Key supported)")
    @APIResponseSchema(
            value = AgreementView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<AgreementView> renew(@PathParam("id") UUID id, @Valid @NotNull RenewalRequest request) {
        AgreementView view = service.renew(id, request);
        return ETags.created("/api/v1/agreements/" + view.id(), view, view.version());
    }

    private RestResponse<AgreementView> transition(
            UUID id, AgreementAction action, String ifMatch, AgreementTransitionRequest request) {
        AgreementView view =
                service.transition(id, action, ifMatch, request == null ? AgreementTransitionRequest.EMPTY : request);
        return ETags.ok(view, view.version());
    }
}

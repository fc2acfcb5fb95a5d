package kr.go.msit.standards.partnership.workshop;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/workshops")
@Tag(name = "Workshops", description = "Joint workshops (공동 연찬회) with partner agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkshopResource {

    private final WorkshopService service;

    public WorkshopResource(WorkshopService service) {
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
    @Operation(operationId = "listWorkshops", summary = "List workshops by start date")
    public PageView<WorkshopView> list(
            @QueryParam("status") WorkshopStatus status, @Valid @BeanParam PageRequest page) {
        return service.list(status, page);
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
    @Operation(operationId = "getWorkshop", summary = "Get a workshop with its agenda and participants (ETag)")
    public RestResponse<WorkshopView> get(@PathParam("id") UUID id) {
        WorkshopView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.AUDITOR})
    @Operation(
            operationId = "getWorkshopHistory",
            summary = "Audit history of the workshop and its participants, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"workshop-dates": "endsOn is before startsOn",
                "agenda-outside-workshop": "an agenda item's day is outside the workshop"}}""")
    @Operation(operationId = "createWorkshop", summary = "Plan a workshop (Idempotency-Key supported)")
    @APIResponseSchema(
            value = WorkshopView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<WorkshopView> create(@Valid @NotNull WorkshopRequest request) {
        WorkshopView view = service.create(request);
        return ETags.created("/api/v1/workshops/" + view.id(), view, view.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"workshop-dates": "endsOn is before startsOn",
                "agenda-outside-workshop": "an agenda item's day is outside the workshop",
                "attendance-taken": "new dates for a workshop whose attendance was taken"}}""")
    @Operation(
            operationId = "updateWorkshop",
            summary = "Change a PLANNED workshop, its agenda and co-hosts (If-Match supported)")
    public RestResponse<WorkshopView> update(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull WorkshopRequest request) {
        WorkshopView view = service.update(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/hold")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"workshop-not-started": "the workshop has not started"}}""")
    @Operation(operationId = "holdWorkshop", summary = "PLANNED → HELD, from its first day")
    public RestResponse<WorkshopView> hold(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        WorkshopView view = service.hold(id, ifMatch);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"reason-required": "a reason is required",
                "attendance-taken": "attendance was taken: the workshop took place"}}""")
    @Operation(operationId = "cancelWorkshop", summary = "PLANNED → CANCELLED (reason required), before attendance")
    public RestResponse<WorkshopView> cancel(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid CancelRequest request) {
        WorkshopView view = service.cancel(id, ifMatch, request == null ? null : request.reason());
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/participants")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-institution": "institutionId names no institution",
                "partner-with-institution": "a PARTNER-side participant with an institutionId (the Korean side's)"}}""")
    @Operation(
            operationId = "registerWorkshopParticipant",
            summary = "Register a participant from the Korean or the partner side")
    public RestResponse<WorkshopView> addParticipant(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull ParticipantRequest request) {
        WorkshopView view = service.addParticipant(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }

    @PUT
    @Path("/{id}/participants/{participantId}/attendance")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"attendance-not-open": "attendance is taken from the first day"}}""")
    @Operation(
            operationId = "recordWorkshopAttendance",
            summary = "Record whether a participant attended (from the first day)")
    public RestResponse<WorkshopView> attendance(
            @PathParam("id") UUID id,
            @PathParam("participantId") UUID participantId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull AttendanceRequest request) {
        WorkshopView view = service.attendance(id, participantId, ifMatch, request.attended());
        return ETags.ok(view, view.version());
    }
}

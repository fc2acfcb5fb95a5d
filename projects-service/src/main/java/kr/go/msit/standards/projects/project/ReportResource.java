package kr.go.msit.standards.projects.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.openapi.ProblemRules;
import kr.go.msit.standards.platform.persistence.Idempotent;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A project's reports (보고서): listed, scheduled, and moved through their state machine. */
@Path("/api/v1/projects/{id}/reports")
@Tag(name = "Projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
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
    @Operation(operationId = "listProjectReports", summary = "The project's reports with due dates and status")
    public List<ReportView> reports(@PathParam("id") UUID id) {
        return reports.reports(id);
    }

    @GET
    @Path("/{reportId}")
    @RolesAllowed({
        Roles.PROGRAM_MANAGER,
        Roles.FINANCE_OFFICER,
        Roles.PARTNERSHIP_OFFICER,
        Roles.INSTITUTION,
        Roles.AUDITOR,
        Roles.VIEWER
    })
    @Operation(operationId = "getProjectReport", summary = "One report of the project (ETag)")
    public RestResponse<ReportView> report(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId) {
        ReportView view = reports.report(id, reportId);
        return ETags.ok(view, view.version());
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"report-due-before-project": "dueDate is before the project's periodStart"}}""")
    @Operation(operationId = "scheduleProjectReport", summary = "Schedule a further report (Idempotency-Key supported)")
    @APIResponseSchema(
            value = ReportView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<ReportView> scheduleReport(@PathParam("id") UUID id, @Valid @NotNull ReportRequest request) {
        ReportView view = reports.scheduleReport(id, request);
        return ETags.created("/api/v1/projects/" + id + "/reports/" + view.id(), view, view.version());
    }

    @POST
    @Path("/{reportId}/submit")
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.INSTITUTION})
    @Operation(
            operationId = "submitProjectReport",
            summary = "DUE or REVISION_REQUESTED → SUBMITTED (documentReference required)")
    public RestResponse<ReportView> submitReport(
            @PathParam("id") UUID id,
            @PathParam("reportId") UUID reportId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid ReportActionRequest request) {
        return reportAction(id, reportId, ReportAction.SUBMIT, ifMatch, request);
    }

    @POST
    @Path("/{reportId}/accept")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Operation(operationId = "acceptProjectReport", summary = "SUBMITTED → ACCEPTED")
    public RestResponse<ReportView> acceptReport(
            @PathParam("id") UUID id,
            @PathParam("reportId") UUID reportId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid ReportActionRequest request) {
        return reportAction(id, reportId, ReportAction.ACCEPT, ifMatch, request);
    }

    @POST
    @Path("/{reportId}/request-revision")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Operation(
            operationId = "requestProjectReportRevision",
            summary = "SUBMITTED → REVISION_REQUESTED; not for a CLOSED project, nor for the final report of a "
                    + "COMPLETED one, which it completed on (409 with the project's currentState)")
    public RestResponse<ReportView> requestRevision(
            @PathParam("id") UUID id,
            @PathParam("reportId") UUID reportId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid ReportActionRequest request) {
        return reportAction(id, reportId, ReportAction.REQUEST_REVISION, ifMatch, request);
    }

    private RestResponse<ReportView> reportAction(
            UUID id, UUID reportId, ReportAction action, String ifMatch, ReportActionRequest request) {
        ReportView view = reports.reportAction(
                id, reportId, action, ifMatch, request == null ? ReportActionRequest.EMPTY : request);
        return ETags.ok(view, view.version());
    }
}

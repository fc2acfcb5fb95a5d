package kr.go.msit.standards.funding.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import kr.go.msit.standards.platform.openapi.ProblemRules;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.Csv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Funding reports as JSON, or as CSV with {@code Accept: text/csv} (for spreadsheets; UTF-8 with a BOM). */
@Path("/api/v1/funding-reports")
@Tag(name = "Funding reports", description = "Per project and per program, as JSON or CSV (Accept: text/csv)")
public class FundingReportResource {

    static final String CSV = Csv.MEDIA_TYPE;

    private final FundingReportService service;

    public FundingReportResource(FundingReportService service) {
        this.service = service;
    }

    @GET
    @Path("/projects/{projectId}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-project": "projects-service no longer knows the allocation's project (its state is asked)"}}""")
    @Operation(
            operationId = "getProjectFundingReport",
            summary = "A project's award and, per budget line, requested, approved, paid and remaining")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ProjectFundingReport.class)),
                @Content(
                        mediaType = CSV,
                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
            })
    public Response project(@PathParam("projectId") UUID projectId, @Context HttpHeaders headers) {
        return Csv.negotiated(headers, service.project(projectId), FundingReportCsv::of);
    }

    @GET
    @Path("/programs/{programId}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.PROGRAM_MANAGER, Roles.AUDITOR})
    @Operation(
            operationId = "getProgramFundingReport",
            summary =
                    "A program's envelope, appropriations, allocations and payments by fiscal year and technology area")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ProgramFundingReport.class)),
                @Content(
                        mediaType = CSV,
                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
            })
    public Response program(@PathParam("programId") UUID programId, @Context HttpHeaders headers) {
        return Csv.negotiated(headers, service.program(programId), FundingReportCsv::of);
    }
}

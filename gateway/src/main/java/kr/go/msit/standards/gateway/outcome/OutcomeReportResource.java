package kr.go.msit.standards.gateway.outcome;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import kr.go.msit.standards.gateway.compose.DegradedPart;
import kr.go.msit.standards.gateway.compose.ServiceCalls;
import kr.go.msit.standards.platform.problem.ProblemResponses;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.Csv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/outcome-reports")
@Tag(name = "Outcome reports", description = "A program's outcomes across services (성과 보고)")
public class OutcomeReportResource {

    private final OutcomeReportService service;
    private final ProblemResponses problems;

    public OutcomeReportResource(OutcomeReportService service, ProblemResponses problems) {
        this.service = service;
        this.problems = problems;
    }

    @GET
    @Path("/programs/{programId}")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    // the gateway's Admission has verified the token before this runs; each part honours the caller's roles
    @SecurityRequirement(
            name = "bearerAuth",
            scopes = {
                Roles.PROGRAM_MANAGER,
                Roles.FINANCE_OFFICER,
                Roles.PARTNERSHIP_OFFICER,
                Roles.INSTITUTION,
                Roles.AUDITOR,
                Roles.VIEWER
            })
    @Operation(
            operationId = "getProgramOutcomeReport",
            summary = "A program's outcome indicators (projects-service) with researcher person-days at partner "
                    + "sites (partnership-service), for the projects the caller may see; JSON, or CSV with Accept: "
                    + "text/csv. The indicators are essential (404, 503/504 without them); person-days degrade (listed in "
                    + "degraded; in CSV, a row of section degraded names the part, why and the service)")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ProgramOutcomesView.class)),
                @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
            })
    public CompletionStage<Response> program(
            @PathParam("programId") UUID programId,
            @Parameter(description = "Only this fiscal year; every year when absent")
                    @QueryParam("fiscalYear")
                    @Min(2000)
                    @Max(2100)
                    Integer fiscalYear,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("traceparent") String traceparent,
            @Context HttpHeaders headers) {
        boolean csv = Csv.wanted(headers);
        return service.program(
                        programId, fiscalYear, ServiceCalls.forwarded(authorization, problems.requestId(), traceparent))
                .thenApply(report -> csv
                        ? csv(report)
                        : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build());
    }

    private static Response csv(ProgramOutcomesView report) {
        Csv csv = new Csv()
                .row(
                        "section",
                        "fiscalYear",
                        "technologyArea",
                        "body",
                        "project",
                        "contributionsSubmitted",
                        "nistCoAuthored",
                        "workItemsAdopted",
                        "standardsPublished",
                        "positionsHeld",
                        "jointPublications",
                        "actualDays",
                        "plannedDays");
        for (JsonNode row : report.indicators().path("rows")) {
            JsonNode c = row.path("counts");
            csv.row(
                    "indicators",
                    row.path("fiscalYear").asInt(),
                    row.path("technologyArea").asText(),
                    row.path("bodyCode").asText(""),
                    "",
                    c.path("contributionsSubmitted").asLong(),
                    c.path("nistCoAuthored").asLong(),
                    c.path("workItemsAdopted").asLong(),
                    c.path("standardsPublished").asLong(),
                    c.path("positionsHeld").asLong(),
                    c.path("jointPublications").asLong(),
                    "",
                    "");
        }
        if (report.personDays() != null) {
            for (JsonNode row : report.personDays().path("rows")) {
                csv.row(
                        "personDays",
                        row.path("fiscalYear").asInt(),
                        "",
                        "",
                        row.path("projectCode").asText(),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        row.path("actualDays").asLong(),
                        row.path("plannedDays").asLong());
            }
        }
        // a part that could not be fetched is said in the file itself: a file is kept and passed on without its headers
        for (DegradedPart part : report.degraded()) {
            Object[] row = new Object[13];
            java.util.Arrays.fill(row, "");
            row[0] = "degraded";
            row[4] = part.part() + " not included: " + part.reason() + " (" + part.dependency() + ")";
            csv.row(row);
        }
        return csv.attachment("outcomes-" + report.indicators().path("code").asText("program") + ".csv");
    }
}

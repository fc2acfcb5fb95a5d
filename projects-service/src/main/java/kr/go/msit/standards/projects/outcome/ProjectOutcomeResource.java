package kr.go.msit.standards.projects.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.Csv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects/{projectId}/outcomes")
@Tag(name = "Outcomes", description = "Outcome indicators (성과지표) counted from the standards records")
public class ProjectOutcomeResource {

    private final OutcomeService service;

    public ProjectOutcomeResource(OutcomeService service) {
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @RolesAllowed({
        Roles.PROGRAM_MANAGER,
        Roles.FINANCE_OFFICER,
        Roles.PARTNERSHIP_OFFICER,
        Roles.INSTITUTION,
        Roles.AUDITOR,
        Roles.VIEWER
    })
    @Operation(
            operationId = "getProjectOutcomes",
            summary =
                    "A project's outcome indicators (성과지표) by fiscal year, technology area and body, counted from its contributions; JSON, or CSV with Accept: text/csv")
    @APIResponse(
            responseCode = "200",
            description = "The indicators",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = OutcomeReport.class)),
                @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
            })
    public Response outcomes(
            @PathParam("projectId") UUID id,
            @Parameter(description = "Only this fiscal year; every year when absent")
                    @QueryParam("fiscalYear")
                    @Min(2000)
                    @Max(2100)
                    Integer fiscalYear,
            @Context HttpHeaders headers) {
        return Csv.negotiated(headers, service.project(id, fiscalYear), OutcomeCsv::of);
    }
}

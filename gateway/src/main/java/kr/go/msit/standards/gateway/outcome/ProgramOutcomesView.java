package kr.go.msit.standards.gateway.outcome;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import kr.go.msit.standards.gateway.compose.DegradedPart;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A program's outcome report across services: the outcome indicators counted by projects-service and the researcher
 * person-days at partner sites counted by partnership-service, for the projects of the program the caller may see.
 */
@Schema(name = "ProgramOutcomes")
public record ProgramOutcomesView(
        @Schema(
                type = SchemaType.OBJECT,
                description = "Contributions, adoptions, publications, positions and joint publications "
                        + "(projects-service, OutcomeReport)")
        JsonNode indicators,

        @Schema(
                type = SchemaType.OBJECT,
                nullable = true,
                description =
                        "Person-days at partner sites of the program's projects (partnership-service, PersonDays)")
        JsonNode personDays,

        @Schema(description = "Parts that could not be fetched, and why; empty when the report is complete")
        List<DegradedPart> degraded) {}

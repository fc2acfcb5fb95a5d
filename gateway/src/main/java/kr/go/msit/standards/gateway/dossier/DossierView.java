package kr.go.msit.standards.gateway.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import kr.go.msit.standards.gateway.compose.DegradedPart;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A project's dossier, composed from the three services. A part that could not be fetched is null and named in
 * {@code degraded}; a part that does not exist (no allocation yet) is null without being degraded.
 */
@Schema(name = "ProjectDossier")
public record DossierView(
        @Schema(type = SchemaType.OBJECT, description = "The project (projects-service, Project)")
        JsonNode project,

        @Schema(type = SchemaType.ARRAY, nullable = true, description = "Its reports (projects-service, Report[])")
        JsonNode reports,

        @Schema(
                type = SchemaType.OBJECT,
                nullable = true,
                description = "Its allocation with budget lines (funding-service, Allocation)")
        JsonNode allocation,

        @Schema(
                type = SchemaType.OBJECT,
                nullable = true,
                description = "Requested, approved, paid and remaining (funding-service, ProjectFundingReport)")
        JsonNode disbursements,

        @Schema(
                type = SchemaType.ARRAY,
                nullable = true,
                description = "The lead institution's agreements (partnership-service, Agreement[])")
        JsonNode agreements,

        @Schema(
                type = SchemaType.OBJECT,
                nullable = true,
                description = "The lead institution's eligibility today (partnership-service, Eligibility)")
        JsonNode eligibility,

        @Schema(
                type = SchemaType.ARRAY,
                nullable = true,
                description = "Dispatches under the project (partnership-service, Dispatch[])")
        JsonNode dispatches,

        @Schema(
                type = SchemaType.OBJECT,
                nullable = true,
                description = "Its outcome indicators: contributions by stage reached, positions, joint publications "
                        + "(projects-service, OutcomeReport)")
        JsonNode outcomes,

        @Schema(
                type = SchemaType.ARRAY,
                nullable = true,
                description =
                        "The lead institution's cooperation needs with NIST (partnership-service, CooperationNeed[])")
        JsonNode cooperationNeeds,

        @Schema(
                type = SchemaType.ARRAY,
                nullable = true,
                description =
                        "The matches of those needs with partner offers (partnership-service, CooperationMatch[])")
        JsonNode matches,

        @Schema(
                type = SchemaType.ARRAY,
                nullable = true,
                description = "Its annual and stage evaluations the caller may see (projects-service, Evaluation[])")
        JsonNode evaluations,

        @Schema(description = "Parts that could not be fetched, and why; empty when the dossier is complete")
        List<DegradedPart> degraded) {}

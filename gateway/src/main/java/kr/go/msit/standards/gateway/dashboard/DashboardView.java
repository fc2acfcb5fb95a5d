package kr.go.msit.standards.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import kr.go.msit.standards.gateway.compose.DegradedPart;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The program at a glance, composed from the three services. A part that could not be fetched is null and named in
 * {@code degraded}. The parts' schemas are the services' own (see ComposedSchemas).
 */
@Schema(name = "Dashboard")
public record DashboardView(
        @Schema(
                description =
                        "Each program's envelope, appropriated, allocated and paid KRW, by fiscal year and technology area (funding-service)")
        JsonNode programs,

        @Schema(description = "Projects by state and technology area (projects-service)")
        JsonNode projects,

        @Schema(description = "Agreements in force today (partnership-service)", nullable = true)
        Long activeAgreements,

        @Schema(description = "The window for expiringAgreements, in days")
        int expiringWithinDays,

        @Schema(
                description =
                        "Agreements in force that expire within expiringWithinDays, soonest first (partnership-service)")
        JsonNode expiringAgreements,

        @Schema(
                description =
                        "Researchers on site at a partner agency (NIST) today: dispatches in state ON_SITE (partnership-service)")
        JsonNode onSite,

        @Schema(description = "The fiscal year of outcomes and personDays: this year (Korea's date)")
        int fiscalYear,

        @Schema(
                description = "Each program's outcome indicators this fiscal year: contributions, adoptions, "
                        + "publications, positions, joint publications (projects-service)")
        JsonNode outcomes,

        @Schema(description = "Researcher person-days at partner sites this fiscal year (partnership-service)")
        JsonNode personDays,

        @Schema(
                description = "Open cooperation needs and partner offers by technology area, and matches realised "
                        + "this year (partnership-service)")
        JsonNode cooperation,

        @Schema(description = "Parts that could not be fetched, and why; empty when the dashboard is complete")
        List<DegradedPart> degraded) {}

package kr.go.msit.standards.projects.evaluation;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a project may receive money for a fiscal year, and up to how much (funding-service asks this). */
@Schema(name = "Continuation")
public record ContinuationView(
        @Schema(description = "The project") UUID projectId,
        @Schema(description = "The fiscal year asked about") int fiscalYear,

        @Schema(description = "Whether money for that year is allowed")
        boolean allowed,

        @Schema(
                description = "FIRST_YEAR (no evaluation needed), CONTINUE, CONTINUE_REDUCED, PENDING (no decided "
                        + "evaluation of the year before), STOPPED, or OUTSIDE_PERIOD")
        String basis,

        @Schema(nullable = true, description = "The evaluation that decided it; null when none did")
        UUID evaluationId,

        @Schema(
                description = "The year's plan in KRW: the selected application's request for the year, or the award "
                        + "spread evenly over the period's fiscal years")
        long planKrw,

        @Schema(nullable = true, description = "With CONTINUE_REDUCED: the cut in %; null otherwise")
        Integer reductionPercent,

        @Schema(
                description = "Up to how much KRW the year may receive, as funding-service holds it: the plan with "
                        + "CONTINUE, (100 − reductionPercent)% of it with CONTINUE_REDUCED, 0 when not allowed. With "
                        + "FIRST_YEAR the plan, for information only: no evaluation precedes a first year, so nothing "
                        + "caps it")
        long capKrw) {}

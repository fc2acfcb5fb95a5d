package kr.go.msit.standards.clients.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/**
 * What money needs of projects-service's continuation answer for a fiscal year (a tolerant reader): whether money
 * for the year is allowed, on what basis, and up to how much.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContinuationSummary(
        UUID projectId, int fiscalYear, boolean allowed, String basis, UUID evaluationId, long capKrw) {

    /** The basis of a project's first fiscal year: no evaluation is needed and no evaluation caps it. */
    public static final String FIRST_YEAR = "FIRST_YEAR";
}

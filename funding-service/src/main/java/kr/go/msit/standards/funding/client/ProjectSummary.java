package kr.go.msit.standards.funding.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** What this service needs of a project from projects-service (a tolerant reader: other fields are ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectSummary(UUID id, String code, UUID programId, String status, String technologyArea,
        UUID leadInstitutionId) {
}

package kr.go.msit.standards.clients.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** What the calling services need of a project from projects-service (a tolerant reader: other fields are ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectSummary(UUID id, String code, UUID programId, String status, String technologyArea,
        UUID leadInstitutionId) {
}

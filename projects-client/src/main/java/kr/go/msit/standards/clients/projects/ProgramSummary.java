package kr.go.msit.standards.clients.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/**
 * What funding needs of a program from projects-service, which owns it: its years and its envelope (총사업비), which
 * bound the appropriations and awards of its budget (a tolerant reader: other fields are ignored).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgramSummary(UUID id, String code, int startYear, int endYear, long envelopeKrw) {}

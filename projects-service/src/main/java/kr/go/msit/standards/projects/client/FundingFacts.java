package kr.go.msit.standards.projects.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What this service needs of funding-service's allocations (tolerant readers). */
public final class FundingFacts {

    private FundingFacts() {}

    /** A page of allocations. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Allocations(List<Allocation> items) {}

    /** A project's allocation of its award: settled (정산) once {@code settledAt} is set. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Allocation(UUID id, UUID projectId, Instant settledAt) {}
}

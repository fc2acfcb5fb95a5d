package kr.go.msit.standards.projects.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** What this service needs of partnership-service's institutions, partner agencies and agreements (tolerant readers). */
public final class PartnerFacts {

    private PartnerFacts() {}

    /** A Korean research institution. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Institution(UUID id, String code) {}

    /** A partner agency with its organisational units. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Agency(UUID id, String code, List<Unit> units) {

        /** Whether the unit is one of the agency's. */
        public boolean hasUnit(UUID unitId) {
            return units != null && units.stream().anyMatch(u -> u.id().equals(unitId));
        }
    }

    /** An organisational unit of a partner agency. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unit(UUID id, String code) {}

    /** An agreement between a Korean institution and a partner agency. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Agreement(UUID id, String code, UUID institutionId, UUID agencyId, String status, Boolean inForce) {}
}

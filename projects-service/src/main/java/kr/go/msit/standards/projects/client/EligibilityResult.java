package kr.go.msit.standards.projects.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** What this service needs of partnership-service's eligibility answer (a tolerant reader: other fields are ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EligibilityResult(
        UUID institutionId,
        String institutionCode,
        boolean eligible,
        List<Agreement> qualifyingAgreements,
        List<Reason> reasons) {

    /** An agreement that makes the institution eligible. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Agreement(UUID id) {}

    /** The ids of the qualifying agreements, in partnership-service's order. */
    public List<UUID> qualifyingAgreementIds() {
        return qualifyingAgreements == null
                ? List.of()
                : qualifyingAgreements.stream()
                        .map(Agreement::id)
                        .filter(java.util.Objects::nonNull)
                        .toList();
    }

    /** Why one agreement (or the lack of any) does not qualify. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String code, UUID agreementId, String detail) {}
}

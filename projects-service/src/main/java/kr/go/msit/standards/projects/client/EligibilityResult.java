package kr.go.msit.standards.projects.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** What this service needs of partnership-service's eligibility answer (a tolerant reader: other fields are ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EligibilityResult(UUID institutionId, String institutionCode, boolean eligible, List<Reason> reasons) {

    /** Why one agreement (or the lack of any) does not qualify. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String code, UUID agreementId, String detail) {
    }
}

package kr.go.msit.standards.projects.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.client.Dependencies;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * The rule that only an institution holding a qualifying partner agreement may lead a project, checked with
 * partnership-service. Fail closed: when partnership-service is down, slow or failing, the request is refused with
 * 503 naming it, never let through unchecked.
 */
@ApplicationScoped
public class EligibilityCheck {

    public static final String DEPENDENCY = "partnership-service";

    private final PartnershipCalls calls;

    public EligibilityCheck(PartnershipCalls calls) {
        this.calls = calls;
    }

    /**
     * Throws 422 unless the institution holds, on {@code date}, an agreement in force of one of the instruments with
     * one of the agencies; 503 when partnership-service cannot answer. Returns the qualifying agreements' ids.
     */
    public List<UUID> requireEligible(
            UUID institutionId,
            Collection<? extends Enum<?>> instruments,
            Collection<String> agencies,
            LocalDate date) {
        List<String> accepted = instruments.stream().map(Enum::name).sorted().toList();
        List<String> agencyCodes = agencies.stream().sorted().toList();
        EligibilityResult result = Dependencies.call(
                        DEPENDENCY,
                        "the lead institution's eligibility",
                        () -> calls.eligibility(institutionId, date, accepted, agencyCodes))
                .orElseThrow(() -> ProblemException.businessRule(
                        "unknown-institution",
                        "Institution " + institutionId + " is not known to partnership-service"));
        if (!result.eligible()) {
            List<EligibilityResult.Reason> reasons = result.reasons() == null ? List.of() : result.reasons();
            String why = reasons.isEmpty()
                    ? "no qualifying agreement"
                    : String.join(
                            "; ",
                            reasons.stream()
                                    .map(EligibilityResult.Reason::detail)
                                    .toList());
            throw ProblemException.businessRule(
                            "lead-not-eligible",
                            "The lead institution "
                                    + (result.institutionCode() == null ? institutionId : result.institutionCode())
                                    + " holds no partner agreement in force on " + date + " of an accepted instrument "
                                    + accepted
                                    + " with a qualifying agency " + agencyCodes + ": " + why)
                    .with("reasons", reasons);
        }
        return result.qualifyingAgreementIds();
    }

    /**
     * Throws 422 {@code unknown-institution} unless partnership-service knows the institution; 503 when it cannot
     * answer. {@code what} names it in the problem ("The evaluator's institution").
     */
    public void requireKnown(UUID institutionId, String what) {
        Dependencies.call(DEPENDENCY, what.toLowerCase(java.util.Locale.ROOT), () -> calls.institution(institutionId))
                .orElseThrow(() -> ProblemException.businessRule(
                        "unknown-institution", what + " " + institutionId + " is not known to partnership-service"));
    }
}

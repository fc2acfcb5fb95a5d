package kr.go.msit.standards.partnership.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.partnership.agency.PartnerAgency;
import kr.go.msit.standards.partnership.agreement.Agreement;
import kr.go.msit.standards.partnership.agreement.AgreementStatus;
import kr.go.msit.standards.partnership.agreement.AgreementView;
import kr.go.msit.standards.partnership.agreement.AgreementViews;
import kr.go.msit.standards.partnership.agreement.Instrument;
import kr.go.msit.standards.partnership.institution.Institution;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.time.ProgramClock;

/**
 * Eligibility to lead a project: on a date, the institution holds an ACTIVE agreement that is already effective, not
 * past its expiry date (the expiry date itself counts), of an accepted instrument, with the named agency if any.
 */
@ApplicationScoped
public class EligibilityService {

    private final Caller caller;
    private final AgreementViews views;
    private final ProgramClock clock;

    public EligibilityService(Caller caller, AgreementViews views, ProgramClock clock) {
        this.caller = caller;
        this.views = views;
        this.clock = clock;
    }

    /**
     * Eligible on {@code day} (today in Korea when null) with an agreement of one of {@code instruments} (any when
     * empty) with one of the agencies {@code agencyCodes} (any when empty; an unknown code is a 422).
     */
    @Transactional
    public EligibilityView check(
            UUID institutionId, LocalDate day, List<Instrument> instruments, List<String> agencyCodes) {
        LocalDate date = day == null ? clock.today() : day;
        Institution institution = Institution.found(institutionId);
        caller.requireVisible(institution.id, "institution", institutionId);
        Set<Instrument> accepted = instruments == null || instruments.isEmpty()
                ? EnumSet.allOf(Instrument.class)
                : EnumSet.copyOf(instruments);
        List<String> agencies = agencyCodes == null
                ? List.of()
                : agencyCodes.stream().distinct().sorted().toList();
        Set<UUID> agencyIds = new java.util.HashSet<>();
        for (String agencyCode : agencies) {
            PartnerAgency agency = Lookups.referenced(
                    PartnerAgency.find("code", agencyCode).firstResult(),
                    "unknown-agency",
                    "No partner agency with code " + agencyCode);
            agencyIds.add(agency.id);
        }
        List<Agreement> agreements = Agreement.list("institutionId = ?1 order by effectiveFrom, code", institution.id);
        List<AgreementView> qualifying = new ArrayList<>();
        List<EligibilityView.Reason> reasons = new ArrayList<>();
        for (Agreement a : agreements) {
            EligibilityView.Reason reason = reasonAgainst(a, date, accepted, agencyIds);
            if (reason == null) {
                qualifying.add(views.of(a));
            } else {
                reasons.add(reason);
            }
        }
        if (agreements.isEmpty()) {
            reasons.add(new EligibilityView.Reason(
                    "NO_AGREEMENT", null, institution.code + " holds no agreement with a partner agency"));
        }
        boolean eligible = !qualifying.isEmpty();
        return new EligibilityView(
                institution.id,
                institution.code,
                date,
                eligible,
                accepted.stream().sorted().toList(),
                agencies,
                qualifying,
                eligible ? List.of() : reasons);
    }

    /** Null when the agreement qualifies, otherwise why not. */
    static EligibilityView.Reason reasonAgainst(
            Agreement a, LocalDate date, Set<Instrument> accepted, Set<UUID> agencyIds) {
        if (!agencyIds.isEmpty() && !agencyIds.contains(a.agencyId)) {
            return new EligibilityView.Reason(
                    "OTHER_AGENCY", a.id, a.code + " is with a partner agency that does not qualify");
        }
        if (!accepted.contains(a.instrument)) {
            return new EligibilityView.Reason(
                    "INSTRUMENT_NOT_ACCEPTED",
                    a.id,
                    a.code + " is a " + a.instrument + ", which is not accepted (accepted: " + accepted + ")");
        }
        AgreementStatus status = a.status();
        // a terminated agreement never qualifies, whatever the day asked about: a draft may be terminated too, and
        // whether one was ever in force is not recorded
        if (status == AgreementStatus.TERMINATED) {
            return new EligibilityView.Reason("TERMINATED", a.id, a.code + " was terminated on " + a.terminatedOn());
        }
        if (status == AgreementStatus.DRAFT) {
            return new EligibilityView.Reason("DRAFT", a.id, a.code + " is a draft, not yet in force");
        }
        if (date.isBefore(a.effectiveFrom)) {
            return new EligibilityView.Reason(
                    "NOT_YET_EFFECTIVE", a.id, a.code + " takes effect on " + a.effectiveFrom);
        }
        // an expired agreement was in force through its expiry date (only an ACTIVE one expires): a day before it
        // is answered as it was
        if ((status == AgreementStatus.EXPIRED && a.expiresOn == null)
                || (a.expiresOn != null && date.isAfter(a.expiresOn))) {
            return new EligibilityView.Reason("EXPIRED", a.id, a.code + " expired after " + a.expiresOn);
        }
        return null;
    }
}

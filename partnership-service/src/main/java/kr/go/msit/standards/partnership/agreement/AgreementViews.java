package kr.go.msit.standards.partnership.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import kr.go.msit.standards.platform.time.ProgramClock;

/** Agreement views for other aggregates (eligibility), as of today. */
@ApplicationScoped
public class AgreementViews {

    private final AgreementService agreements;
    private final ProgramClock clock;

    public AgreementViews(AgreementService agreements, ProgramClock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    public AgreementView of(Agreement agreement) {
        return agreements.view(agreement, clock.today());
    }
}

package kr.go.msit.standards.partnership.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import kr.go.msit.standards.partnership.support.Today;

/** Agreement views for other aggregates (eligibility), as of today. */
@ApplicationScoped
public class AgreementViews {

    private final AgreementService agreements;

    public AgreementViews(AgreementService agreements) {
        this.agreements = agreements;
    }

    public AgreementView of(Agreement agreement) {
        return agreements.view(agreement, Today.date());
    }
}

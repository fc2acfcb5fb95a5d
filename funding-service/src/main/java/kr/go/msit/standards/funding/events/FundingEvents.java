package kr.go.msit.standards.funding.events;

import static kr.go.msit.standards.platform.security.Roles.AUDITOR;
import static kr.go.msit.standards.platform.security.Roles.FINANCE_OFFICER;
import static kr.go.msit.standards.platform.security.Roles.INSTITUTION;
import static kr.go.msit.standards.platform.security.Roles.PROGRAM_MANAGER;
import static kr.go.msit.standards.platform.security.Roles.VIEWER;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import kr.go.msit.standards.funding.allocation.AllocationView;
import kr.go.msit.standards.funding.budget.BudgetView;
import kr.go.msit.standards.funding.disbursement.DisbursementView;
import kr.go.msit.standards.funding.settlement.CarryOverView;
import kr.go.msit.standards.platform.persistence.events.ChangeEvent;
import kr.go.msit.standards.platform.persistence.events.EventDeclarations;
import kr.go.msit.standards.platform.persistence.events.ParentInstitutions;

/**
 * What funding-service tells other systems (its change feed and webhooks). Disbursements and carry-overs belong to
 * their allocation's lead institution.
 */
@Singleton
@ChangeEvent(
        resource = "budget",
        data = BudgetView.class,
        actions = {"appropriate"},
        readers = {FINANCE_OFFICER, PROGRAM_MANAGER, AUDITOR, VIEWER})
@ChangeEvent(
        resource = "allocation",
        data = AllocationView.class,
        actions = {"create", "set-lines", "recover", "deobligate", "settle"},
        readers = {FINANCE_OFFICER, PROGRAM_MANAGER, AUDITOR, INSTITUTION},
        institution = "/leadInstitutionId")
@ChangeEvent(
        resource = "disbursement",
        data = DisbursementView.class,
        actions = {"create", "approve", "reject", "pay", "cancel", "reverse"},
        readers = {FINANCE_OFFICER, PROGRAM_MANAGER, AUDITOR, INSTITUTION},
        institution = ChangeEvent.PARENT)
@ChangeEvent(
        resource = "carry-over",
        data = CarryOverView.class,
        actions = {"create", "approve", "reject"},
        readers = {FINANCE_OFFICER, PROGRAM_MANAGER, AUDITOR, INSTITUTION},
        institution = ChangeEvent.PARENT)
public class FundingEvents implements EventDeclarations, ParentInstitutions {

    private final EntityManager em;

    public FundingEvents(EntityManager em) {
        this.em = em;
    }

    /** Every parent here is an allocation. */
    @Override
    public Optional<UUID> institutionOf(String resource, UUID allocationId) {
        return em
                .createNativeQuery("SELECT lead_institution_id FROM allocation WHERE id = :id")
                .setParameter("id", allocationId)
                .getResultList()
                .stream()
                .findFirst()
                .map(UUID.class::cast);
    }
}

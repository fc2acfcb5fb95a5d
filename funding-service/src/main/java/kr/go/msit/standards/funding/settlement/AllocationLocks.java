package kr.go.msit.standards.funding.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import kr.go.msit.standards.funding.allocation.Allocation;
import kr.go.msit.standards.funding.allocation.AllocationService;
import kr.go.msit.standards.funding.allocation.BudgetLine;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.web.ETags;

/** The allocation a settlement or a carry-over changes, under its lock, and its lines. */
@ApplicationScoped
public class AllocationLocks {

    private final EntityManager em;
    private final AllocationService allocations;

    public AllocationLocks(EntityManager em, AllocationService allocations) {
        this.em = em;
        this.allocations = allocations;
    }

    Allocation lock(UUID allocationId) {
        return lock(allocationId, null);
    }

    /** The allocation under its lock, its version raised; 412 first when {@code ifMatch} names another version. */
    Allocation lock(UUID allocationId, String ifMatch) {
        Allocation allocation = allocations.findVisible(allocationId);
        // read afresh under the lock: the copy loaded before it may be older (a change committed while this request
        // asked projects-service), and locking that copy checked its version instead, a 409 for no conflict of the
        // caller's; an If-Match is checked against the version the lock finds
        em.refresh(allocation, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, allocation.version);
        // a change of its lines changes the allocation's representation: its version (ETag) moves now
        allocation.newVersion();
        return allocation;
    }

    static BudgetLine lineOf(Allocation allocation, UUID lineId, boolean mustBeOpen) {
        if (mustBeOpen) {
            allocation.requireOpen();
        }
        BudgetLine line = lineId == null
                ? null
                : BudgetLine.getEntityManager().find(BudgetLine.class, lineId, LockModeType.PESSIMISTIC_WRITE);
        if (line == null || !line.allocationId.equals(allocation.id)) {
            throw ProblemException.businessRule(
                    "unknown-line", "Budget line " + lineId + " is not a line of this allocation");
        }
        return line;
    }
}

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
        ETags.requireMatch(ifMatch, allocations.findVisible(allocationId).version);
        // a change of its lines changes the allocation's representation: its version (ETag) moves now
        return em.find(Allocation.class, allocationId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
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

package kr.go.msit.standards.funding.allocation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.VersionedEntity;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * A budget line of an allocation: a fiscal year and cost category, its amount, and what disbursements have taken
 * of it. {@code committed} (requested + approved + paid) never exceeds {@code amount}: checked here under the line's
 * row lock, and refused by a CHECK constraint in the database as well.
 */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends VersionedEntity {

    @Id
    public UUID id;

    public UUID allocationId;
    public int fiscalYear;

    @Enumerated(EnumType.STRING)
    public CostCategory costCategory;

    public long amountKrw;
    private long committedKrw;
    private long paidKrw;
    private long recoveredKrw;

    /**
     * A fiscal year's money is paid from its first day (Korea): a year's appropriation is not spent before the year
     * (회계연도 독립). Requests and approvals may come before, to be paid once it begins.
     */
    public void requirePayableIn(int thisYear) {
        if (fiscalYear > thisYear) {
            throw ProblemException.businessRule(
                            "fiscal-year-not-begun",
                            "Fiscal year " + fiscalYear + " begins on " + fiscalYear + "-01-01 (Korea): its money is "
                                    + "paid from then, not in " + thisYear)
                    .with("fiscalYear", fiscalYear);
        }
    }

    public long committedKrw() {
        return committedKrw;
    }

    public long paidKrw() {
        return paidKrw;
    }

    public long recoveredKrw() {
        return recoveredKrw;
    }

    public long remainingKrw() {
        return amountKrw - committedKrw;
    }

    /** Takes {@code amount} for a new disbursement request, or refuses (422) when the line cannot bear it. */
    public void commit(long amount) {
        if (amount > remainingKrw()) {
            throw ProblemException.businessRule(
                            "line-exceeded",
                            "The request of " + amount + " KRW exceeds the " + remainingKrw()
                                    + " KRW left on budget line " + fiscalYear + "/" + costCategory)
                    .with("remainingKrw", remainingKrw());
        }
        committedKrw += amount;
    }

    /** Gives back a rejected or cancelled request. */
    public void release(long amount) {
        committedKrw -= amount;
    }

    /** Records the payment of a committed amount. */
    public void pay(long amount) {
        paidKrw += amount;
    }

    /**
     * Undoes the payment of {@code amount} that the bank returned: it is neither paid nor committed any more (the line
     * bears it again). Never more than was paid and not yet recovered.
     */
    public void reversePayment(long amount) {
        if (amount > paidKrw - recoveredKrw) {
            throw ProblemException.businessRule(
                    "reversal-above-paid",
                    "Budget line " + fiscalYear + "/" + costCategory
                            + " has " + (paidKrw - recoveredKrw) + " KRW paid and not recovered, less than the "
                            + amount
                            + " KRW to reverse");
        }
        paidKrw -= amount;
        committedKrw -= amount;
    }

    /** Claws back (환수) part of what was paid; never more than was paid and not yet recovered. */
    public void recover(long amount) {
        if (amount > paidKrw - recoveredKrw) {
            throw ProblemException.businessRule(
                    "recovery-above-paid",
                    "Budget line " + fiscalYear + "/" + costCategory + " has " + (paidKrw - recoveredKrw)
                            + " KRW paid and not yet recovered");
        }
        recoveredKrw += amount;
    }

    /** Moves {@code amount} of what is left to another line (carry-over) or gives it back (return). */
    public void takeUnused(long amount) {
        if (amount > remainingKrw()) {
            throw ProblemException.businessRule(
                            "line-exceeded",
                            "Budget line " + fiscalYear + "/" + costCategory + " has only " + remainingKrw()
                                    + " KRW left")
                    .with("remainingKrw", remainingKrw());
        }
        amountKrw -= amount;
    }

    /** A new amount for the line; never below what disbursements already took. */
    public void setAmount(long amount) {
        if (amount < committedKrw) {
            throw ProblemException.businessRule(
                    "line-below-committed",
                    "Budget line " + fiscalYear + "/" + costCategory + " already has " + committedKrw
                            + " KRW requested, approved or paid");
        }
        amountKrw = amount;
    }
}

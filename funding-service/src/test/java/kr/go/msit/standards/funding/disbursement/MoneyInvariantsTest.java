package kr.go.msit.standards.funding.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import kr.go.msit.standards.funding.allocation.BudgetLine;
import kr.go.msit.standards.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The disbursement state machine and the budget line's invariants, without a database. */
class MoneyInvariantsTest {

    private static Disbursement requested(String by) {
        Disbursement d = new Disbursement();
        d.requestedBy = by;
        d.amountKrw = 10;
        return d;
    }

    @Test
    void requestedApprovedPaidByOthersThanTheRequester() {
        Disbursement d = requested("maker");
        assertEquals(
                403,
                assertThrows(
                                ProblemException.class,
                                () -> d.apply(DisbursementAction.APPROVE, "maker", null, null, Instant.now()))
                        .status());
        d.apply(DisbursementAction.APPROVE, "checker", null, null, Instant.now());
        assertEquals(
                422,
                assertThrows(
                                ProblemException.class,
                                () -> d.apply(DisbursementAction.PAY, "checker", null, " ", Instant.now()))
                        .status());
        assertEquals(
                403,
                assertThrows(
                                ProblemException.class,
                                () -> d.apply(DisbursementAction.PAY, "maker", null, "T-1", Instant.now()))
                        .status());
        d.apply(DisbursementAction.PAY, "payer", null, "T-1", Instant.now());
        assertEquals(DisbursementStatus.PAID, d.status());
        assertEquals("checker", d.approvedBy());
        assertEquals("payer", d.paidBy());
    }

    @ParameterizedTest
    @EnumSource(value = DisbursementAction.class, names = "REVERSE", mode = EnumSource.Mode.EXCLUDE)
    void aPaidDisbursementMovesNoFurtherButToItsReversal(DisbursementAction action) {
        Disbursement d = requested("maker");
        d.apply(DisbursementAction.APPROVE, "checker", null, null, Instant.now());
        d.apply(DisbursementAction.PAY, "checker", null, "T-1", Instant.now());
        ProblemException refused =
                assertThrows(ProblemException.class, () -> d.apply(action, "other", "reason", "T-2", Instant.now()));
        assertEquals(409, refused.status());
        assertEquals("PAID", refused.extensions().get("currentState"));
    }

    @ParameterizedTest
    @EnumSource(DisbursementAction.class)
    void aReversedPaymentIsReversedOnceByAnotherThanThePayerAndMovesNoFurther(DisbursementAction action) {
        Disbursement d = requested("maker");
        d.apply(DisbursementAction.APPROVE, "checker", null, null, Instant.now());
        d.apply(DisbursementAction.PAY, "payer", null, "T-1", Instant.now());
        assertEquals(
                403,
                assertThrows(
                                ProblemException.class,
                                () -> d.apply(DisbursementAction.REVERSE, "payer", "returned", null, Instant.now()))
                        .status());
        assertEquals(
                422,
                assertThrows(
                                ProblemException.class,
                                () -> d.apply(DisbursementAction.REVERSE, "other", " ", null, Instant.now()))
                        .status());
        d.apply(DisbursementAction.REVERSE, "other", "returned", null, Instant.now());
        assertEquals(DisbursementStatus.REVERSED, d.status());
        assertEquals("other", d.reversedBy());
        assertEquals(false, d.commits());
        ProblemException refused =
                assertThrows(ProblemException.class, () -> d.apply(action, "third", "reason", "T-2", Instant.now()));
        assertEquals(409, refused.status());
        assertEquals("REVERSED", refused.extensions().get("currentState"));
    }

    @Test
    void rejectAndCancelNeedAReasonAndCommitNoMore() {
        Disbursement d = requested("maker");
        assertEquals(
                422,
                assertThrows(
                                ProblemException.class,
                                () -> d.apply(DisbursementAction.REJECT, "checker", "", null, Instant.now()))
                        .status());
        d.apply(DisbursementAction.CANCEL, "maker", "duplicate", null, Instant.now());
        assertEquals(false, d.commits());
    }

    @Test
    void aLineNeverBearsMoreThanItsAmount() {
        BudgetLine line = new BudgetLine();
        line.amountKrw = 100;
        line.commit(60);
        line.commit(40);
        ProblemException over = assertThrows(ProblemException.class, () -> line.commit(1));
        assertEquals("line-exceeded", over.extensions().get("rule"));
        assertEquals(0L, over.extensions().get("remainingKrw"));
        assertThrows(ProblemException.class, () -> line.setAmount(99));
        line.release(40);
        line.pay(60);
        assertEquals(40, line.remainingKrw());
        assertThrows(ProblemException.class, () -> line.recover(61));
        line.recover(60);
        assertThrows(ProblemException.class, () -> line.takeUnused(41));
        line.takeUnused(40);
        assertEquals(60, line.amountKrw);
    }
}

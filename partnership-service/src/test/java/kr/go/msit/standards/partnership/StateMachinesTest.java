package kr.go.msit.standards.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import kr.go.msit.standards.partnership.agreement.Agreement;
import kr.go.msit.standards.partnership.agreement.AgreementAction;
import kr.go.msit.standards.partnership.agreement.AgreementStatus;
import kr.go.msit.standards.partnership.dispatch.Dispatch;
import kr.go.msit.standards.partnership.dispatch.DispatchAction;
import kr.go.msit.standards.partnership.dispatch.DispatchStatus;
import kr.go.msit.standards.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The agreement and dispatch state machines and their date rules, without a database. */
class StateMachinesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void anAgreementIsInForceFromItsEffectThroughItsExpiryWhileActive() {
        Agreement a = new Agreement();
        a.effectiveFrom = LocalDate.of(2026, 1, 1);
        a.expiresOn = LocalDate.of(2026, 12, 31);
        assertFalse(a.inForceOn(LocalDate.of(2026, 6, 1)), "a draft is not in force");
        a.apply(AgreementAction.ACTIVATE, null, null, TODAY);
        assertFalse(a.inForceOn(LocalDate.of(2025, 12, 31)));
        assertTrue(a.inForceOn(LocalDate.of(2026, 1, 1)));
        assertTrue(a.inForceOn(LocalDate.of(2026, 12, 31)));
        assertFalse(a.inForceOn(LocalDate.of(2027, 1, 1)));
        assertEquals(
                422,
                assertThrows(ProblemException.class, () -> a.apply(AgreementAction.EXPIRE, null, null, TODAY))
                        .status());
        a.apply(AgreementAction.EXPIRE, null, null, LocalDate.of(2027, 1, 1));
        assertEquals(AgreementStatus.EXPIRED, a.status());
        assertEquals(
                409,
                assertThrows(ProblemException.class, () -> a.apply(AgreementAction.TERMINATE, "late", null, TODAY))
                        .status());
    }

    @Test
    void aDispatchOccupiesItsPlannedDaysUntilArrivalAndItsActualDaysAfter() {
        Dispatch d = new Dispatch();
        d.plannedStart = LocalDate.of(2026, 11, 1);
        d.plannedEnd = LocalDate.of(2026, 12, 31);
        assertEquals(d.plannedStart, d.occupiedFrom());
        assertEquals(
                409,
                assertThrows(ProblemException.class, () -> d.apply(DispatchAction.ARRIVE, null, null, TODAY))
                        .status());
        d.apply(DispatchAction.APPROVE, null, null, TODAY);
        d.apply(DispatchAction.ARRIVE, LocalDate.of(2026, 11, 10), null, TODAY);
        assertEquals(LocalDate.of(2026, 11, 10), d.occupiedFrom());
        assertEquals(
                d.plannedEnd,
                d.occupiedUntil(LocalDate.of(2026, 12, 1)),
                "on site until the planned end, until the departure is known");
        assertEquals(
                LocalDate.of(2027, 1, 20),
                d.occupiedUntil(LocalDate.of(2027, 1, 20)),
                "a researcher who stays on after the planned end is taken up to today");
        assertEquals(
                422,
                assertThrows(ProblemException.class, () -> d.apply(DispatchAction.CUT_SHORT_ACTION, TODAY, " ", TODAY))
                        .status());
        d.apply(DispatchAction.CUT_SHORT_ACTION, TODAY, "illness", TODAY);
        assertEquals(DispatchStatus.CUT_SHORT, d.status());
        assertEquals(TODAY, d.occupiedUntil(TODAY.plusDays(30)));
    }
}

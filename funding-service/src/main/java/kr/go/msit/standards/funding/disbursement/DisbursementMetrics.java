package kr.go.msit.standards.funding.disbursement;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import kr.go.msit.standards.platform.persistence.metrics.DomainMetrics;

/**
 * {@code kus_disbursements_by_state{status}} and {@code kus_paid_krw}, from the database; the events themselves
 * are the counters {@code kus_disbursements_total{event}} and {@code kus_disbursed_krw_total} (DisbursementService),
 * registered here at 0 for every event so that their series exist from the start.
 */
@ApplicationScoped
class DisbursementMetrics {

    void register(@Observes StartupEvent started, DomainMetrics metrics) {
        metrics.counter(DisbursementService.EVENTS, DisbursementService.EVENTS_DESCRIPTION, "event", "request");
        for (DisbursementAction action : DisbursementAction.values()) {
            metrics.counter(DisbursementService.EVENTS, DisbursementService.EVENTS_DESCRIPTION, "event", action.verb());
        }
        metrics.counter(DisbursementService.DISBURSED, DisbursementService.DISBURSED_DESCRIPTION);
        metrics.gaugeByState(
                "kus.disbursements.by.state",
                "Disbursements by state",
                "status",
                Arrays.stream(DisbursementStatus.values()).map(Enum::name).toList(),
                "SELECT status, count(*) FROM disbursement GROUP BY status");
        metrics.gauge(
                "kus.paid.krw",
                "KRW paid by all disbursements so far",
                "SELECT COALESCE(SUM(amount_krw), 0) FROM disbursement WHERE status = 'PAID'");
    }
}

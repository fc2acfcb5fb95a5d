package kr.go.msit.standards.partnership.dispatch;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import kr.go.msit.standards.platform.persistence.metrics.DomainMetrics;

/** {@code kus_dispatches_by_state{status}} and {@code kus_researchers_on_site}, from the database. */
@ApplicationScoped
class DispatchMetrics {

    void register(@Observes StartupEvent started, DomainMetrics metrics) {
        metrics.gaugeByState(
                "kus.dispatches.by.state",
                "Dispatches by state",
                "status",
                Arrays.stream(DispatchStatus.values()).map(Enum::name).toList(),
                "SELECT status, count(*) FROM dispatch GROUP BY status");
        metrics.gauge(
                "kus.researchers.on.site",
                "Researchers on site at a partner agency now (dispatches ON_SITE)",
                "SELECT count(*) FROM dispatch WHERE status = 'ON_SITE'");
    }
}

package kr.go.msit.standards.projects.application;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import kr.go.msit.standards.platform.persistence.metrics.DomainMetrics;

/** {@code kus_applications_submitted_total}, counted by ApplicationService: registered at 0 so it exists from the start. */
@ApplicationScoped
class ApplicationMetrics {

    void register(@Observes StartupEvent started, DomainMetrics metrics) {
        metrics.counter(ApplicationService.SUBMITTED, ApplicationService.SUBMITTED_DESCRIPTION);
    }
}

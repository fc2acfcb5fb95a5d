package kr.go.msit.standards.projects.project;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import kr.go.msit.standards.platform.persistence.metrics.DomainMetrics;

/** {@code kus_projects{status}}: projects by state, from the database. */
@ApplicationScoped
class ProjectMetrics {

    void register(@Observes StartupEvent started, DomainMetrics metrics) {
        metrics.gaugeByState(
                "kus.projects",
                "Projects by state",
                "status",
                Arrays.stream(ProjectStatus.values()).map(Enum::name).toList(),
                "SELECT status, count(*) FROM project GROUP BY status");
    }
}

package kr.go.msit.standards.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import kr.go.msit.standards.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's own short name ({@code projects}, {@code funding}, {@code partnership}: its application name without
 * {@code -service}), which the platform's per-service paths carry ({@code audit/}, {@code events/}, {@code webhooks/})
 * and the gateway routes by.
 */
@ApplicationScoped
public class ServiceName {

    private final String name;

    public ServiceName(@ConfigProperty(name = "quarkus.application.name") String application) {
        this.name = application.replaceAll("-service$", "");
    }

    public String get() {
        return name;
    }

    /** 404 for a path that names another service, e.g. {@code what} = "change feed". */
    public void require(String asked, String what) {
        if (!name.equals(asked)) {
            throw new ProblemException(404, "not-found", "Not Found", "No " + what + " " + asked + " in this service");
        }
    }
}

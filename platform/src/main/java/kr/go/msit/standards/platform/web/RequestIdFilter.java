package kr.go.msit.standards.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Takes {@code X-Request-ID} from the request (or generates one), puts it in the logging MDC, and returns it on
 * every response, including health checks and errors produced outside JAX-RS. Runs as a Vert.x route filter so
 * that it sees every request before anything else.
 */
@ApplicationScoped
public class RequestIdFilter {

    void register(@Observes Filters filters) {
        filters.register(
                rc -> {
                    String requestId = RequestIds.acceptOrGenerate(rc.request().getHeader(RequestIds.HEADER));
                    rc.put(RequestIds.KEY, requestId);
                    MDC.put(RequestIds.KEY, requestId);
                    rc.response().putHeader(RequestIds.HEADER, requestId);
                    rc.addEndHandler(ignored -> MDC.remove(RequestIds.KEY));
                    rc.next();
                },
                1000);
    }
}

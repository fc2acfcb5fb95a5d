package kr.go.msit.standards.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway's readiness includes the services it routes to: each one's {@code /q/health/ready} (on its
 * management interface, {@code gateway.services.<name>.management-url}), asked at once,
 * within a second, and reported by name ({@code UP}, {@code DOWN} or the reason).
 *
 * <p>The gateway is DOWN only when no service is ready. One service down leaves it UP (with that service DOWN in
 * the data): it still serves the other services' routes and answers 503 problem+json for the one that is down, and
 * taking every gateway replica out of the load balancer would turn one service's outage into a total one.
 * Liveness does not look at the services at all.
 */
@Readiness
@ApplicationScoped
public class ServicesReadiness implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final Routes routes;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public ServicesReadiness(Routes routes) {
        this.routes = routes;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<String>> asked = new TreeMap<>();
        routes.services()
                .forEach((name, target) -> asked.put(
                        name,
                        client.sendAsync(
                                        HttpRequest.newBuilder(target.readiness())
                                                .timeout(TIMEOUT)
                                                .GET()
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .thenApply(response ->
                                        response.statusCode() == 200 ? "UP" : "DOWN (" + response.statusCode() + ")")
                                .exceptionally(failure -> "DOWN (cannot be reached)")));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("services");
        boolean anyUp = false;
        for (Map.Entry<String, CompletableFuture<String>> service : asked.entrySet()) {
            String state = service.getValue().join();
            anyUp |= state.equals("UP");
            response.withData(service.getKey(), state);
        }
        return response.status(anyUp).build();
    }
}

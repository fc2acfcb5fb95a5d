package kr.go.msit.standards.platform.persistence.webhooks;

import io.micrometer.core.instrument.Counter;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.Map;
import kr.go.msit.standards.platform.persistence.metrics.DomainMetrics;

/**
 * {@code kus_webhook_deliveries_total{outcome}} (per replica), {@code kus_webhook_subscriptions{status}} and
 * {@code kus_webhook_subscriptions_failing} (from the database): what an operator alerts on — paused subscriptions,
 * and subscribers failing right now.
 */
@ApplicationScoped
public class WebhookMetrics {

    private static final String DELIVERIES = "kus.webhook.deliveries";
    private final DomainMetrics metrics;
    private Map<String, Counter> deliveries = Map.of();

    public WebhookMetrics(DomainMetrics metrics) {
        this.metrics = metrics;
    }

    void register(@Observes StartupEvent started) {
        deliveries = Map.of(
                "DELIVERED", counter("DELIVERED"),
                "FAILED", counter("FAILED"),
                "REFUSED", counter("REFUSED"));
        metrics.gaugeByState(
                "kus.webhook.subscriptions",
                "Webhook subscriptions by state",
                "status",
                Arrays.stream(WebhookStatus.values()).map(Enum::name).toList(),
                "SELECT status, count(*) FROM webhook_subscription GROUP BY status");
        metrics.gauge(
                "kus.webhook.subscriptions.failing",
                "Active webhook subscriptions whose last delivery failed",
                "SELECT count(*) FROM webhook_subscription WHERE status = 'ACTIVE' AND consecutive_failures > 0");
    }

    private Counter counter(String outcome) {
        return metrics.counter(DELIVERIES, "Webhook delivery attempts by outcome", "outcome", outcome);
    }

    void attempted(String outcome) {
        Counter counter = deliveries.get(outcome);
        if (counter != null) {
            counter.increment();
        }
    }
}

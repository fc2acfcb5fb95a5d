package kr.go.msit.standards.platform.persistence.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Domain metrics for Prometheus ({@code /q/metrics}), named {@code kus_...}.
 *
 * <ul>
 *   <li>Counters count events, and only committed ones: {@link #countAfterCommit} adds to the counter when the
 *       current transaction commits, never for a change that was rolled back. They are per instance: sum them over
 *       replicas ({@code sum(rate(kus_..._total[5m]))}).</li>
 *   <li>Gauges of records by state are read from the database (one grouped query every {@link #REFRESH}), so they are right after a restart and the same on every replica: take {@code max}, not
 *       {@code sum}, over replicas.</li>
 * </ul>
 */
@ApplicationScoped
public class DomainMetrics {

    static final Duration REFRESH = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(DomainMetrics.class);

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;
    private final EntityManager em;
    private final Set<Meter> registered = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kus-metrics-refresh");
        thread.setDaemon(true);
        return thread;
    });

    public DomainMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions, EntityManager em) {
        this.registry = registry;
        this.transactions = transactions;
        this.em = em;
    }

    /**
     * Registers the counter at 0 (at start-up, for each tag value it will have): a counter that appears only with
     * its first event has no series before it, so {@code rate()} and alerts on it see nothing rather than 0.
     */
    public Counter counter(String name, String description, String... tags) {
        Counter counter =
                Counter.builder(name).description(description).tags(tags).register(registry);
        registered.add(counter);
        return counter;
    }

    /** Adds {@code amount} to the counter when the current transaction commits (at once if there is none). */
    public void countAfterCommit(String name, String description, double amount, String... tags) {
        Counter counter = counter(name, description, tags);
        if (transactions.getTransactionKey() == null) {
            counter.increment(amount);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment(amount);
                }
            }
        });
    }

    /**
     * One gauge per state, {@code name{tag="STATE"}}, from {@code sql}, which returns rows of (state, count) and
     * may return no row for a state (then 0).
     */
    public void gaugeByState(String name, String description, String tag, Collection<String> states, String sql) {
        Snapshot snapshot = new Snapshot(sql);
        for (String state : states) {
            registered.add(Gauge.builder(name, snapshot, s -> s.value(state))
                    .description(description)
                    .tags(tag, state)
                    .register(registry));
        }
    }

    /** A single gauge from {@code sql}, which returns one number. */
    public void gauge(String name, String description, String sql) {
        Snapshot snapshot = new Snapshot("SELECT 'value', (" + sql + ")");
        registered.add(Gauge.builder(name, snapshot, s -> s.value("value"))
                .description(description)
                .register(registry));
    }

    /**
     * Stops the refreshes and removes this application's meters from the registry, which outlives a restart of
     * the application in the same JVM (tests): a new instance then registers meters of its own.
     */
    @PreDestroy
    void stop() {
        refresher.shutdownNow();
        registered.forEach(registry::remove);
        registered.clear();
    }

    /**
     * The last query result, refreshed every {@link #REFRESH} on a thread of its own: a scrape runs on an I/O thread,
     * which must not wait for the database. NaN until the first read, and while the database cannot answer.
     */
    private final class Snapshot {
        private final String sql;
        private volatile Map<String, Double> values = Map.of();

        Snapshot(String sql) {
            this.sql = sql;
            refresher.scheduleWithFixedDelay(this::refresh, 0, REFRESH.toMillis(), TimeUnit.MILLISECONDS);
        }

        double value(String key) {
            Map<String, Double> read = values;
            return read.isEmpty() ? Double.NaN : read.getOrDefault(key, 0.0);
        }

        private void refresh() {
            try {
                values = QuarkusTransaction.requiringNew().call(() -> {
                    @SuppressWarnings("unchecked")
                    List<Object[]> rows = em.createNativeQuery(sql).getResultList();
                    Map<String, Double> read = new HashMap<>();
                    for (Object[] row : rows) {
                        read.put(String.valueOf(row[0]), row[1] == null ? 0.0 : ((Number) row[1]).doubleValue());
                    }
                    // no row is a real zero for every state, not an unknown
                    read.putIfAbsent("", 0.0);
                    return read;
                });
            } catch (RuntimeException databaseDown) {
                values = Map.of();
                LOG.debugf("metrics query failed, gauges read NaN until it answers: %s", databaseDown.getMessage());
            }
        }
    }
}

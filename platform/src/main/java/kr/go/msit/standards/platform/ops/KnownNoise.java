package kr.go.msit.standards.platform.ops;

import io.quarkus.logging.LoggingFilter;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Keeps out of the log the warnings Quarkus 3.33 writes on every start although nothing is wrong, so that an operator
 * who alerts on WARN sees only what needs a look: Micrometer's "This Gauge has been already registered" for the HTTP
 * server's active connections (the public and the management interface register the same gauge: quarkusio/quarkus
 * #50040) and for a REST client's (registered twice on its first call: #54482). Only those two gauges: any other
 * duplicate registration is ours and stays in the log. Also Flyway's "outOfOrder mode is active", which every start
 * writes because each service applies two streams of migrations (the platform's V0_x and its own) by design
 * ({@code quarkus.flyway.out-of-order}). Linked to the console by {@code quarkus.log.console.filter}.
 */
@LoggingFilter(name = KnownNoise.NAME)
public final class KnownNoise implements Filter {

    public static final String NAME = "known-quarkus-noise";

    private static final String DUPLICATE_GAUGE = "This Gauge has been already registered";
    private static final List<String> GAUGES =
            List.of("name='http.server.active.connections'", "name='http.client.active.connections'");

    private static final String OUT_OF_ORDER = "outOfOrder mode is active";

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getMessage() != null
                && record.getMessage().startsWith(OUT_OF_ORDER)
                && record.getLoggerName() != null
                && record.getLoggerName().startsWith("org.flywaydb.")) {
            return false;
        }
        if (record.getMessage() == null || !record.getMessage().contains(DUPLICATE_GAUGE)) {
            return true;
        }
        // the meter's id is in the message or in its parameters, as the logging bridge formats it
        StringBuilder text = new StringBuilder(record.getMessage());
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(' ').append(parameter);
            }
        }
        return GAUGES.stream().noneMatch(gauge -> text.indexOf(gauge) >= 0);
    }
}

package kr.go.msit.standards.platform.ops;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class KnownNoiseTest {

    private final KnownNoise filter = new KnownNoise();

    @Test
    void quarkusDuplicateConnectionGaugesAreLeftOutWhetherTheIdIsInTheMessageOrAParameter() {
        assertFalse(
                filter.isLoggable(
                        warning(
                                "This Gauge has been already registered (MeterId{name='http.server.active.connections', tags=[]}), "
                                        + "the registration will be ignored. Note that subsequent logs will be logged at debug level.")));
        LogRecord withParameter =
                warning("This Gauge has been already registered ({0}), the registration will be ignored.");
        withParameter.setParameters(
                new Object[] {"MeterId{name='http.client.active.connections', tags=[tag(clientName=projects)]}"});
        assertFalse(filter.isLoggable(withParameter));
    }

    @Test
    void flywaysOutOfOrderNoticeIsLeftOutAsOnlyFlywayWritesIt() {
        LogRecord flyway =
                warning("outOfOrder mode is active. Migration of schema \"public\" may not be reproducible.");
        flyway.setLoggerName("org.flywaydb.core.internal.command.DbMigrate");
        assertFalse(filter.isLoggable(flyway));
        LogRecord ours = warning("outOfOrder mode is active. Migration of schema \"public\" may not be reproducible.");
        ours.setLoggerName("kr.go.msit.standards.funding.Something");
        assertTrue(filter.isLoggable(ours));
    }

    @Test
    void everythingElseStaysIncludingOtherDuplicateGauges() {
        assertTrue(filter.isLoggable(
                warning("This Gauge has been already registered (MeterId{name='kus.budget.remaining', tags=[]}), the "
                        + "registration will be ignored.")));
        assertTrue(
                filter.isLoggable(warning("partnership-service did not answer GET /api/v1/agreements within PT0.5S")));
        assertTrue(filter.isLoggable(warning(null)));
    }

    private static LogRecord warning(String message) {
        return new LogRecord(Level.WARNING, message);
    }
}

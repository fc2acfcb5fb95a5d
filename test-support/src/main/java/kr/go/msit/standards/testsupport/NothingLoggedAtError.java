package kr.go.msit.standards.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class after which anything was logged at ERROR while it ran: a failure the code answers itself (a
 * service that stalls, breaks off or resets, a caller that leaves) is logged by that code with the request id, at
 * WARN, and must not also reach a library's log as an unhandled error. {@code @ExtendWith(NothingLoggedAtError.class)}.
 */
public class NothingLoggedAtError implements BeforeAllCallback, AfterAllCallback {

    private final List<String> errors = new CopyOnWriteArrayList<>();

    private final Handler seen = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(record.getLoggerName() + ": " + record.getMessage()
                        + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")"));
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @Override
    public void beforeAll(ExtensionContext context) {
        Logger.getLogger("").addHandler(seen);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Logger.getLogger("").removeHandler(seen);
        assertEquals(List.of(), errors, "logged at ERROR while " + context.getDisplayName() + " ran");
    }
}

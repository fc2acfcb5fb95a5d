package kr.go.msit.standards.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of every service: "today" is Korea's date (the program runs in Korea), whatever the machine's zone,
 * so a report's {@code overdue}, a call's open days and a dispatch's dates agree between services. Inject it instead
 * of calling {@code LocalDate.now()} or {@code Instant.now()}.
 *
 * <p>{@code kus.clock.fixed} ({@code KUS_CLOCK_FIXED}, an ISO date-time with offset such as
 * {@code 2026-03-02T09:00:00+09:00}) stops the clock at that instant, for a whole system under test; unset, it is
 * the system clock.
 */
@ApplicationScoped
public class ProgramClock {

    /** The program's zone: Korea. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private final Clock clock;

    @Inject
    public ProgramClock(@ConfigProperty(name = "kus.clock.fixed") Optional<String> fixed) {
        this(fixed.filter(value -> !value.isBlank()).map(ProgramClock::fixedAt).orElseGet(() -> Clock.system(ZONE)));
    }

    /** A clock of its own (unit tests). */
    public ProgramClock(Clock clock) {
        this.clock = clock.withZone(ZONE);
    }

    /** Today in Korea. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** This instant. */
    public Instant now() {
        return clock.instant();
    }

    private static Clock fixedAt(String value) {
        try {
            return Clock.fixed(OffsetDateTime.parse(value.trim()).toInstant(), ZONE);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "kus.clock.fixed (KUS_CLOCK_FIXED) must be an ISO date-time with offset, "
                            + "such as 2026-03-02T09:00:00+09:00: " + value,
                    e);
        }
    }
}

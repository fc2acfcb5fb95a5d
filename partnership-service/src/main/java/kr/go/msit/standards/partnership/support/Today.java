package kr.go.msit.standards.partnership.support;

import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for agreement and dispatch dates: the program runs in Korea, so dates are Korean dates. */
public final class Today {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private Today() {
    }

    public static LocalDate date() {
        return LocalDate.now(ZONE);
    }
}

package kr.go.msit.standards.platform.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Rules for the {@code X-Request-ID} header, shared by the filter and the gateway. */
public final class RequestIds {

    public static final String HEADER = "X-Request-ID";
    /** Key of the request id in the routing context and in the logging MDC ({@code %X{requestId}}). */
    public static final String KEY = "requestId";

    /** Printable ASCII without spaces or quotes, at most 128 characters: safe in headers and log lines. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    private RequestIds() {}

    /** The caller's id when it is acceptable, otherwise a new random one. */
    public static String acceptOrGenerate(String offered) {
        if (offered != null && ACCEPTABLE.matcher(offered).matches()) {
            return offered;
        }
        return generate();
    }

    /**
     * A random (version 4) UUID from {@link ThreadLocalRandom}: a request id needs to be unique, not unguessable, and
     * {@link UUID#randomUUID()} draws on one shared {@code SecureRandom} that every event-loop thread waits for.
     */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}

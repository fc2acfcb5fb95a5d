package kr.go.msit.standards.platform.web;

import io.netty.util.AttributeKey;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.problem.ProblemResponses;

/**
 * Refuses a request whose framing or target two HTTP implementations could read two ways, before anything reads it.
 * The HTTP layer took {@code Transfer-Encoding: xchunked} (or {@code identity}, or {@code gzip} beside a length) as
 * "no body", so the bytes of the body were read as a second request: behind a proxy that frames by the header, one
 * caller's body became another request on a shared connection (request smuggling). Such a request is now answered
 * as RFC 9112 §6.3 says and its connection closed; so is an expectation other than {@code 100-continue} (417, RFC 9110
 * §10.1.1) and a target that is neither a path nor an {@code http(s)} URI, or that holds a fragment.
 */
@ApplicationScoped
public class MessageFraming {

    /** After the request id (1000) and the shutdown gate (950), before the input gate (940). */
    static final int PRIORITY = 945;

    private final ProblemResponses problems;

    public MessageFraming(ProblemResponses problems) {
        this.problems = problems;
    }

    /**
     * Marks an HTTP/1 connection a refusal closes: a request already read after the refused one (pipelined, or the
     * refused one's own body) is dropped unanswered, never routed. On the connection's channel: no shared state.
     */
    private static final AttributeKey<Boolean> CLOSING = AttributeKey.valueOf("kus.framing.closing");

    void register(@Observes Filters filters) {
        filters.register(
                rc -> {
                    HttpConnection connection = rc.request().connection();
                    if (closing(connection)) {
                        PathTemplates.setIfAbsent(PathTemplates.REFUSED);
                        connection.close();
                        return;
                    }
                    ProblemException refusal = refusal(rc.request());
                    if (refusal == null) {
                        rc.next();
                        return;
                    }
                    PathTemplates.setIfAbsent(PathTemplates.REFUSED);
                    if (rc.request().version() != HttpVersion.HTTP_2 && connection != null) {
                        // where its body ends is unknown: nothing after it on this connection can be trusted
                        markClosing(connection);
                        rc.response().putHeader(HttpHeaders.CONNECTION, "close");
                        rc.addEndHandler(ended -> connection.close());
                    }
                    problems.send(rc, refusal);
                },
                PRIORITY);
    }

    private static boolean closing(HttpConnection connection) {
        return connection instanceof ConnectionBase base
                && Boolean.TRUE.equals(base.channel().attr(CLOSING).get());
    }

    private static void markClosing(HttpConnection connection) {
        if (connection instanceof ConnectionBase base) {
            base.channel().attr(CLOSING).set(Boolean.TRUE);
        }
    }

    /** Why the request cannot be read one way only, or null. */
    static ProblemException refusal(HttpServerRequest request) {
        List<String> codings = transferCodings(request);
        if (codings.isEmpty() && request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return badRequest("Transfer-Encoding names no coding");
        }
        if (!codings.isEmpty()) {
            if (request.version() == HttpVersion.HTTP_1_0) {
                return badRequest("HTTP/1.0 has no Transfer-Encoding (RFC 9112 §6.1)");
            }
            if (request.version() == HttpVersion.HTTP_2) {
                // Netty resets such a stream already; kept so that no later version can let it reach a service
                return badRequest("HTTP/2 frames a body itself: a Transfer-Encoding makes the request malformed"
                        + " (RFC 9113 §8.2.2)");
            }
            if (!codings.get(codings.size() - 1).equals("chunked")) {
                return badRequest(
                        "Transfer-Encoding must end with chunked, or the body's end is unknown (RFC 9112" + " §6.3)");
            }
            if (codings.size() > 1) {
                return new ProblemException(
                        501,
                        "transfer-coding-not-implemented",
                        "Not Implemented",
                        "The only transfer coding taken is chunked");
            }
        }
        String expect = request.getHeader(HttpHeaders.EXPECT);
        if (expect != null && !expect.strip().equalsIgnoreCase("100-continue")) {
            return new ProblemException(
                    417,
                    "expectation-failed",
                    "Expectation Failed",
                    "The only expectation met is Expect: 100-continue");
        }
        String target = request.uri();
        if (target != null && !originOrAbsoluteForm(target)) {
            return badRequest("The request target must be a path (or an http or https URI)");
        }
        if (target != null && target.indexOf('#') >= 0) {
            return badRequest("The request target must not hold a fragment (#)");
        }
        return null;
    }

    /** Every transfer coding the request names, in order, in lower case, each with its parameters. */
    static List<String> transferCodings(HttpServerRequest request) {
        List<String> codings = new ArrayList<>();
        for (String field : request.headers().getAll(HttpHeaders.TRANSFER_ENCODING)) {
            for (String coding : field.split(",")) {
                // whole, parameters included, as the HTTP layer compares it with "chunked": "chunked;x=1" is not
                // chunked to it, so it must not be here either
                // trimmed of spaces and tabs only, and lower-cased in ASCII only, as the HTTP layer reads it: a
                // vertical tab or a Kelvin sign (K, which Java lower-cases to k) must not make "chunked" here alone
                String name = asciiLowerCase(trimOws(coding));
                if (!name.isEmpty()) {
                    codings.add(name);
                }
            }
        }
        return codings;
    }

    private static String trimOws(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }

    private static String asciiLowerCase(String value) {
        StringBuilder lower = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return lower.toString();
    }

    private static boolean originOrAbsoluteForm(String target) {
        if (target.startsWith("/") || target.equals("*")) {
            return true; // every request but a rare few: nothing more to read
        }
        String scheme = asciiLowerCase(target.substring(0, Math.min(8, target.length())));
        return scheme.startsWith("http://") || scheme.startsWith("https://");
    }

    private static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail);
    }
}

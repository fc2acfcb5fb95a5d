package kr.go.msit.standards.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.go.msit.standards.platform.problem.Problem;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.problem.ProblemResponses;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Input no operation can take, refused on every path before any operation sees it (a route filter, so the gateway
 * refuses it too before proxying): the NUL character in the path, the query or a header (PostgreSQL cannot store it;
 * a query parameter holding it used to reach the database and fail there as a 500), as 400; a {@code .} or {@code ..}
 * path segment, plain or encoded, as 400 (see {@link #dotSegmentIn}); a {@code ;} anywhere in a path, as 400 (see
 * {@link #matrixIn}); a body its {@code Content-Length} says is past the size limit, as 413; and a body without a
 * JSON {@code Content-Type} (see {@link JsonContentType}), as 415 (a request without a body, such as a transition with nothing
 * to say, needs none; one sent in chunks or over HTTP/2 without a length is checked by {@link JsonBodyType}). NUL inside a
 * JSON string is refused by {@link StrictJson}. A refusal takes the error shape of the path's protocol
 * ({@link kr.go.msit.standards.platform.problem.ErrorDialect}).
 */
@ApplicationScoped
public class InputGate {

    /** After the request id (1000) and the shutdown gate (950), so a refusal carries the request id. */
    static final int PRIORITY = 940;

    private final ProblemResponses problems;
    private final long maxBodyBytes;

    public InputGate(
            ProblemResponses problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.problems = problems;
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(
                rc -> {
                    ProblemException refusal = refusal(rc, maxBodyBytes);
                    if (refusal == null) {
                        rc.next();
                        return;
                    }
                    PathTemplates.setIfAbsent(PathTemplates.REFUSED);
                    if (refusal.status() == 413 && rc.request().version() != HttpVersion.HTTP_2) {
                        // the body is not read, so the connection cannot carry another request: closed after the
                        // answer (a client sending it would otherwise wait for an end that never comes)
                        rc.response().putHeader(HttpHeaders.CONNECTION, "close");
                        rc.addEndHandler(ended -> rc.request().connection().close());
                    }
                    problems.send(rc, refusal);
                },
                PRIORITY);
    }

    /** Why no operation can take this request, or null when one may. */
    private static ProblemException refusal(RoutingContext rc, long maxBodyBytes) {
        HttpServerRequest request = rc.request();
        if (matrixIn(request.path())) {
            return invalidPath(
                    "The path holds a ;",
                    "must not contain ; (no operation takes matrix parameters); encode it as %3B");
        }
        String where = nulIn(request);
        if (where != null) {
            return ProblemException.invalid(
                    "The request holds the NUL character (%00)",
                    List.of(new Problem.FieldError(where, "must not contain the NUL character")));
        }
        if (dotSegmentIn(request.path())) {
            return invalidPath("The path holds a dot segment", "must not contain a . or .. segment, plain or encoded");
        }
        String repeated = repeatedHeaderIn(request);
        if (repeated != null) {
            return ProblemException.invalid(
                    "The request holds a header that is given once, more than once",
                    List.of(new Problem.FieldError(repeated, "given more than once")));
        }
        if (declaredLength(request) > maxBodyBytes) {
            // refused before a byte is read: past the limit the HTTP layer answered 413 with no body, and the
            // operation that was reading it logged the cut-off body as an unexpected failure
            return new ProblemException(
                    413,
                    "content-too-large",
                    "Content Too Large",
                    "The request body is larger than the " + maxBodyBytes + " bytes this service takes");
        }
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (hasBody(request) && !JsonContentType.json(type)) {
            return JsonContentType.notJson();
        }
        if (type != null && JsonContentType.json(type) && !JsonContentType.CANONICAL.equals(type)) {
            // JSON as JsonContentType reads it, written one way: JAX-RS refused the white space RFC 9110 allows
            // before a parameter (application/json ; charset=utf-8) with 415; a body sent in chunks (no length) too
            request.headers().set(HttpHeaders.CONTENT_TYPE, JsonContentType.CANONICAL);
        }
        return null;
    }

    /**
     * Headers a request carries once (RFC 9112 §3.2 for {@code Host}): given twice, the gateway and a service could
     * each read another one. Two {@code Authorization} headers were answered with the first token's rights, and two
     * {@code Host} headers were served.
     */
    private static final List<String> ONCE = List.of(
            HttpHeaders.HOST.toString(),
            HttpHeaders.AUTHORIZATION.toString(),
            HttpHeaders.CONTENT_TYPE.toString(),
            HttpHeaders.CONTENT_LENGTH.toString());

    /** The name of a header given more than once that a request carries once, or null. */
    static String repeatedHeaderIn(HttpServerRequest request) {
        for (String name : ONCE) {
            if (request.headers().getAll(name).size() > 1) {
                return name;
            }
        }
        return null;
    }

    private static ProblemException invalidPath(String detail, String message) {
        return ProblemException.invalid(detail, List.of(new Problem.FieldError("(path)", message)));
    }

    /** Where the request holds NUL (the query parameter's or header's name, or {@code (path)}), or null. */
    static String nulIn(HttpServerRequest request) {
        String uri = request.uri();
        int query = uri.indexOf('?');
        if (nul(query < 0 ? uri : uri.substring(0, query))) {
            return "(path)";
        }
        if (query >= 0) {
            for (String parameter : uri.substring(query + 1).split("&")) {
                if (nul(parameter)) {
                    String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
                    return nul(name) || name.length() > 100 ? "(query)" : name;
                }
            }
        }
        for (Map.Entry<String, String> header : request.headers()) {
            if (header.getValue().indexOf('\0') >= 0) {
                return header.getKey();
            }
        }
        return null;
    }

    /**
     * Whether the raw path holds {@code ;}, on any path: JAX-RS drops a segment's matrix parameters before it matches
     * ({@code /api;x/v1/dashboard} is {@code /api/v1/dashboard}), while the router and the filters before it read the
     * segment whole, so {@code /api;x/...} went past every check that guards {@code /api/}.
     */
    static boolean matrixIn(String rawPath) {
        return rawPath != null && rawPath.indexOf(';') >= 0;
    }

    /**
     * Whether the raw path has a segment that is {@code .} or {@code ..}, plain or percent-encoded ({@code %2E}): the
     * gateway routes by the path as sent and a service would resolve the segment, so the two would read different
     * paths ({@code /api/v1/programs/%2E%2E/calls} reached the calls); no operation has such a path.
     */
    static boolean dotSegmentIn(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        for (String segment : rawPath.split("/", -1)) {
            String decoded = segment.replace("%2e", ".").replace("%2E", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean nul(String raw) {
        return raw.indexOf('\0') >= 0 || raw.toLowerCase(Locale.ROOT).contains("%00");
    }

    /** The {@code Content-Length} the request declares, or -1 when it declares none (or none that is a number). */
    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /**
     * Whether the headers say a body of some bytes comes: only a {@code Content-Length} above 0 (or not a number) does.
     * A body in chunks may hold none, and over HTTP/2 a body needs neither: {@link JsonBodyType} checks those when an
     * operation reads them, so an empty one needs no type however it is sent.
     */
    private static boolean hasBody(HttpServerRequest request) {
        return request.getHeader(HttpHeaders.CONTENT_LENGTH) != null && declaredLength(request) != 0;
    }
}

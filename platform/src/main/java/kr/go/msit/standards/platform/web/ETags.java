package kr.go.msit.standards.platform.web;

import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import kr.go.msit.standards.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Strong ETags from a record's version column, and the {@code If-Match} check for updates. An update without
 * {@code If-Match} is accepted (the version column still refuses a lost update with 409); one with a stale tag is
 * refused with 412 before anything is written.
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * 201 with a Location (a path under this server), the view and its ETag. Typed, so that the OpenAPI document
     * names the view's schema; the operation also needs {@code @APIResponseSchema(value = View.class,
     * responseCode = "201")}, since the scanner cannot see the status.
     */
    public static <T> RestResponse<T> created(String path, T view, long version) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(path))
                .entity(view)
                .tag(of(version))
                .build();
    }

    /** 200 with the view and its ETag. */
    public static <T> RestResponse<T> ok(T view, long version) {
        return RestResponse.ResponseBuilder.ok(view).tag(of(version)).build();
    }

    /**
     * Throws 412 unless {@code ifMatch} is absent, {@code *}, or lists the current version. Weak tags
     * ({@code W/"3"}) compare by value. An entity tag is quoted (RFC 9110 §8.8.3): {@code 3} or {@code W/3} is no
     * tag, and matches nothing (it matched version 3).
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2
                    && tag.startsWith("\"")
                    && tag.endsWith("\"")
                    && tag.substring(1, tag.length() - 1).equals(current)) {
                return;
            }
        }
        // the caller's tag is not echoed: it is the caller's own, and any size or character set a header may carry
        throw ProblemException.preconditionFailed("If-Match does not match the current version \"" + current
                        + "\"; fetch the record again and retry")
                .with("currentETag", "\"" + current + "\"");
    }
}

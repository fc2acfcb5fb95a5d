package kr.go.msit.standards.platform.web;

import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A read of one versioned record that names its current version in {@code If-None-Match} is answered 304 Not
 * Modified with no body (RFC 9110 §13.1.2): a client that keeps the record and its {@code ETag} learns that it is
 * still current without being sent it again. Applies to every {@code GET} (and {@code HEAD}) whose answer would be
 * 200 with an {@code ETag} ({@link ETags#ok}); the 304 keeps that {@code ETag}. The comparison is the weak one the RFC
 * asks for ({@code W/"3"} names version 3), and {@code *} names any version. The OpenAPI document says it on the same
 * operations (the platform's {@code ConditionalReadsDocumented}).
 */
@Singleton
public class ConditionalReads {

    public static final int NOT_MODIFIED = 304;

    @ServerResponseFilter
    public void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200) {
            return;
        }
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return;
        }
        String ifNoneMatch = request.getHeaderString(ETags.IF_NONE_MATCH);
        EntityTag current = response.getEntityTag();
        if (ifNoneMatch == null || ifNoneMatch.isBlank() || current == null) {
            return;
        }
        if (ETags.lists(ifNoneMatch, current.getValue())) {
            response.setStatus(NOT_MODIFIED);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        }
    }
}

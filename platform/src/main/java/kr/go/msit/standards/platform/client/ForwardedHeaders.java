package kr.go.msit.standards.platform.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import kr.go.msit.standards.platform.web.RequestIds;
import kr.go.msit.standards.platform.web.TraceContext;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import org.jboss.logging.MDC;

/**
 * Headers for a call to another service on behalf of the current request: the caller's {@code Authorization} (a
 * service has no identity of its own; the other service checks the caller's roles and scope itself), the request
 * id (so one request can be followed across services) and {@code traceparent}. Register on a REST client with
 * {@code @RegisterClientHeaders(ForwardedHeaders.class)}.
 */
@ApplicationScoped
public class ForwardedHeaders implements ClientHeadersFactory {

    private static final String[] FORWARDED = {"Authorization", "traceparent", "tracestate"};

    @Override
    public MultivaluedMap<String, String> update(
            MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (incoming != null) {
            for (String name : FORWARDED) {
                if (!name.equals("Authorization") && TraceContext.current().isPresent()) {
                    continue; // tracing is on: the REST client's own instrumentation sends the current span
                }
                String value = first(incoming, name);
                if (value != null) {
                    headers.putSingle(name, value);
                }
            }
        }
        Object requestId = MDC.get(RequestIds.KEY);
        if (requestId != null) {
            headers.putSingle(RequestIds.HEADER, requestId.toString());
        }
        return headers;
    }

    private static String first(MultivaluedMap<String, String> headers, String name) {
        for (var entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }
}

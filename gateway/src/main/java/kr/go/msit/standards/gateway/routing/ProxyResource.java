package kr.go.msit.standards.gateway.routing;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Every {@code /api/v1/**} request, whatever its method, goes to {@link Proxy}. The operations themselves are
 * documented by the services' own OpenAPI documents, which the gateway publishes; this catch-all is hidden.
 */
@Path("/api/v1")
public class ProxyResource {

    private final Proxy proxy;

    public ProxyResource(Proxy proxy) {
        this.proxy = proxy;
    }

    @GET
    @Path("{path: .+}")
    @Operation(hidden = true)
    public CompletionStage<Response> get(@Context UriInfo uri, @Context HttpHeaders headers) {
        return proxy.forward("GET", uri, headers, null);
    }

    @HEAD
    @Path("{path: .+}")
    @Operation(hidden = true)
    public CompletionStage<Response> head(@Context UriInfo uri, @Context HttpHeaders headers) {
        return proxy.forward("HEAD", uri, headers, null);
    }

    @OPTIONS
    @Path("{path: .+}")
    @Operation(hidden = true)
    public CompletionStage<Response> options(@Context UriInfo uri, @Context HttpHeaders headers) {
        return proxy.forward("OPTIONS", uri, headers, null);
    }

    @POST
    @Path("{path: .+}")
    @Operation(hidden = true)
    public CompletionStage<Response> post(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return proxy.forward("POST", uri, headers, body);
    }

    @PUT
    @Path("{path: .+}")
    @Operation(hidden = true)
    public CompletionStage<Response> put(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return proxy.forward("PUT", uri, headers, body);
    }

    @PATCH
    @Path("{path: .+}")
    @Operation(hidden = true)
    public CompletionStage<Response> patch(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return proxy.forward("PATCH", uri, headers, body);
    }

    @DELETE
    @Path("{path: .+}")
    @Operation(hidden = true)
    public CompletionStage<Response> delete(@Context UriInfo uri, @Context HttpHeaders headers) {
        return proxy.forward("DELETE", uri, headers, null);
    }
}

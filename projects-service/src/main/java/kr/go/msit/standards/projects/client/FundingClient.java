package kr.go.msit.standards.projects.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import kr.go.msit.standards.platform.client.ForwardedHeaders;
import kr.go.msit.standards.platform.web.StrictJson;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** funding-service, called with the caller's token (see {@link ForwardedHeaders}). */
@RegisterRestClient(configKey = "funding")
@RegisterClientHeaders(ForwardedHeaders.class)
@Path("/api/v1")
public interface FundingClient {

    /** Its answers are read as the peer stored them (see {@link StrictJson#forPeers}). */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return StrictJson.forPeers(defaultObjectMapper);
    }

    /** The project's allocations (a project has at most one). */
    @GET
    @Path("/allocations")
    @Produces(MediaType.APPLICATION_JSON)
    FundingFacts.Allocations allocations(@QueryParam("projectId") UUID projectId, @QueryParam("size") int size);
}

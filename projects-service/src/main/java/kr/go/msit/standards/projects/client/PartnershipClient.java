package kr.go.msit.standards.projects.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.client.ForwardedHeaders;
import kr.go.msit.standards.platform.web.StrictJson;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** partnership-service, called with the caller's token (see {@link ForwardedHeaders}). */
@RegisterRestClient(configKey = "partnership")
@RegisterClientHeaders(ForwardedHeaders.class)
@Path("/api/v1")
public interface PartnershipClient {

    /** Its answers are read as the peer stored them (see {@link StrictJson#forPeers}). */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return StrictJson.forPeers(defaultObjectMapper);
    }

    @GET
    @Path("/eligibility")
    @Produces(MediaType.APPLICATION_JSON)
    EligibilityResult eligibility(
            @QueryParam("institutionId") UUID institutionId,
            @QueryParam("date") String date,
            @QueryParam("instrument") List<String> instruments,
            @QueryParam("agencyCode") List<String> agencyCodes);

    @GET
    @Path("/institutions/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    PartnerFacts.Institution institution(@PathParam("id") UUID id);

    @GET
    @Path("/partner-agencies/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    PartnerFacts.Agency agency(@PathParam("id") UUID id);

    @GET
    @Path("/agreements/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    PartnerFacts.Agreement agreement(@PathParam("id") UUID id);
}

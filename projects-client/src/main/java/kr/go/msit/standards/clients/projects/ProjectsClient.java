package kr.go.msit.standards.clients.projects;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import kr.go.msit.standards.platform.client.ForwardedHeaders;
import kr.go.msit.standards.platform.web.StrictJson;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** projects-service, called with the caller's token (see {@link ForwardedHeaders}). */
@RegisterRestClient(configKey = "projects")
@RegisterClientHeaders(ForwardedHeaders.class)
@Path("/api/v1")
public interface ProjectsClient {

    /** Its answers are read as the peer stored them (see {@link StrictJson#forPeers}). */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return StrictJson.forPeers(defaultObjectMapper);
    }

    @GET
    @Path("/projects/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    ProjectSummary project(@PathParam("id") UUID id);

    @GET
    @Path("/programs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    ProgramSummary program(@PathParam("id") UUID id);

    @GET
    @Path("/projects/{id}/continuation")
    @Produces(MediaType.APPLICATION_JSON)
    ContinuationSummary continuation(@PathParam("id") UUID id, @QueryParam("fiscalYear") int fiscalYear);
}

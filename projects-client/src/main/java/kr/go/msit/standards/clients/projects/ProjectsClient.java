package kr.go.msit.standards.clients.projects;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import kr.go.msit.standards.platform.client.ForwardedHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** projects-service, called with the caller's token (see {@link ForwardedHeaders}). */
@RegisterRestClient(configKey = "projects")
@RegisterClientHeaders(ForwardedHeaders.class)
@Path("/api/v1")
public interface ProjectsClient {

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

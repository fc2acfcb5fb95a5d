package kr.go.msit.standards.gateway.routing;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import kr.go.msit.standards.platform.openapi.ErrorResponses;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * What the gateway itself may answer for any operation, on top of what the service documents: the rate limit
 * (429 with Retry-After), a service that cannot be reached or whose circuit is open (503) and one that did not
 * answer in time (504). Runs at build time after the services' documents are merged in.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 10)
public class GatewayResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(operation -> {
                    ErrorResponses.problem(operation.getResponses(), "429",
                            "Too many requests from this caller or address; Retry-After says when to retry");
                    ErrorResponses.problem(operation.getResponses(), "503",
                            "The service that owns this resource cannot be reached, or its circuit is open");
                    ErrorResponses.problem(operation.getResponses(), "504",
                            "The service that owns this resource did not answer within its timeout");
                });
            }
        });
    }
}

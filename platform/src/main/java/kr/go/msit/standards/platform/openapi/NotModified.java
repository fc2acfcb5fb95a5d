package kr.go.msit.standards.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents conditional reads (the platform's {@code ConditionalReads}): every {@code GET} that answers one versioned
 * record (its 200 carries an {@code ETag}, {@link ResponseHeaders}) takes {@code If-None-Match} and answers 304 with
 * no body when it names the current version. The 304 is written once under {@code components/responses}
 * ({@value #RESPONSE}) and referred to. A step of {@link ApiContract}, after {@link ResponseHeaders}.
 */
final class NotModified {

    static final String HEADER = "If-None-Match";
    static final String RESPONSE = "NotModified";

    private NotModified() {}

    static void document(OpenAPI openAPI) {
        boolean any = false;
        for (var path : openAPI.getPaths().getPathItems().entrySet()) {
            Operation get = path.getValue().getOperations().get(PathItem.HttpMethod.GET);
            if (path.getKey().startsWith("/api/") && get != null && versioned(get)) {
                document(get);
                any = true;
            }
        }
        if (any) {
            define(openAPI.getComponents());
        }
    }

    private static boolean versioned(Operation get) {
        APIResponse ok = get.getResponses() == null ? null : get.getResponses().getAPIResponse("200");
        return ok != null && ok.getHeaders() != null && ok.getHeaders().containsKey(ResponseHeaders.ETAG);
    }

    private static void document(Operation get) {
        if (!ErrorResponses.hasHeader(get, HEADER)) {
            get.addParameter(OASFactory.createParameter()
                    .name(HEADER)
                    .in(Parameter.In.HEADER)
                    .required(false)
                    .description("The ETag of the copy the client holds (or several, comma-separated, or *): "
                            + "when it names the record's current version the answer is 304 with no body")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        if (get.getResponses().getAPIResponse("304") == null) {
            get.getResponses()
                    .addAPIResponse("304", OASFactory.createAPIResponse().ref(RESPONSE));
        }
    }

    private static void define(Components components) {
        if (components.getResponses() != null && components.getResponses().containsKey(RESPONSE)) {
            return;
        }
        components.addResponse(
                RESPONSE,
                OASFactory.createAPIResponse()
                        .description("Not Modified: If-None-Match names the record's current version; no body")
                        .addHeader(
                                ResponseHeaders.ETAG, OASFactory.createHeader().ref(ResponseHeaders.ETAG))
                        .addHeader(
                                ResponseHeaders.REQUEST_ID,
                                OASFactory.createHeader().ref(ResponseHeaders.REQUEST_ID)));
    }
}

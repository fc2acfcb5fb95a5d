package kr.go.msit.standards.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class ErrorResponsesTest {

    private static Operation read() {
        return OASFactory.createOperation()
                .operationId("getThing")
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearerAuth", "viewer"))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }

    private static Operation write() {
        return OASFactory.createOperation()
                .operationId("cancelThing")
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH))
                .addExtension(ProblemRules.EXTENSION, Map.of("422", Map.of("too-late", "the thing has started")))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK"))
                        // declared with a meaning of its own and a body: stays in the operation
                        .addAPIResponse(
                                "410",
                                OASFactory.createAPIResponse()
                                        .description("Gone for good")
                                        .content(ErrorResponses.problemContent())));
    }

    private static OpenAPI document() {
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents())
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/api/v1/things/{id}",
                                OASFactory.createPathItem().GET(read()))
                        .addPathItem(
                                "/api/v1/things/{id}/cancel",
                                OASFactory.createPathItem().POST(write()))
                        .addPathItem(
                                "/api/v1/things/summary",
                                OASFactory.createPathItem()
                                        .GET(OASFactory.createOperation()
                                                .operationId("summarizeThings")
                                                .responses(OASFactory.createAPIResponses()
                                                        .addAPIResponse(
                                                                "200",
                                                                OASFactory.createAPIResponse()
                                                                        .description("OK"))))));
        ErrorResponses.document(openAPI);
        ProblemRules.document(openAPI);
        ResponseHeaders.document(openAPI);
        return openAPI;
    }

    @Test
    void answersAlikeEverywhereAreDefinedOnceAndReferred() {
        OpenAPI openAPI = document();
        Map<String, APIResponse> shared = openAPI.getComponents().getResponses();
        Map<String, APIResponse> read = openAPI.getPaths()
                .getPathItem("/api/v1/things/{id}")
                .getGET()
                .getResponses()
                .getAPIResponses();
        for (String code : List.of("400", "401", "403", "404", "406", "429", "503", "504", "default")) {
            String name = ErrorResponses.SHARED.get(code).name();
            assertEquals("#/components/responses/" + name, read.get(code).getRef(), code);
            APIResponse answer = shared.get(name);
            assertEquals(
                    "#/components/schemas/Problem",
                    answer.getContent()
                            .getMediaType(ErrorResponses.PROBLEM_JSON)
                            .getSchema()
                            .getRef(),
                    code);
            assertTrue(answer.getHeaders().containsKey(ResponseHeaders.REQUEST_ID), code);
            assertTrue(answer.getHeaders().containsKey(ResponseHeaders.CACHE_CONTROL), code);
        }
        assertTrue(shared.get("TooManyRequests").getHeaders().containsKey(ResponseHeaders.RETRY_AFTER));
        assertTrue(shared.get("ServiceUnavailable").getHeaders().containsKey(ResponseHeaders.RETRY_AFTER));
        assertTrue(!shared.get("Unauthorized").getHeaders().containsKey(ResponseHeaders.RETRY_AFTER));
        // a request may hold what no operation takes (NUL in an unknown query parameter), whatever its parameters
        assertEquals(
                "#/components/responses/BadRequest",
                openAPI.getPaths()
                        .getPathItem("/api/v1/things/summary")
                        .getGET()
                        .getResponses()
                        .getAPIResponse("400")
                        .getRef());
        // a read changes nothing: no 409 or 422; a body sent with it is refused as any is (too slow, too large, not
        // JSON), so 408, 413 and 415 are declared (they were not, and a GET with a text body was answered 415)
        assertNull(read.get("409"));
        assertNull(read.get("422"));
        assertEquals("#/components/responses/RequestTimeout", read.get("408").getRef());
        assertEquals("#/components/responses/ContentTooLarge", read.get("413").getRef());
        assertEquals(
                "#/components/responses/UnsupportedMediaType", read.get("415").getRef());
    }

    @Test
    void whatIsTheOperationsOwnStaysInTheOperation() {
        Map<String, APIResponse> write = document()
                .getPaths()
                .getPathItem("/api/v1/things/{id}/cancel")
                .getPOST()
                .getResponses()
                .getAPIResponses();
        // its problem rules are its own 422
        assertNull(write.get("422").getRef());
        assertTrue(write.get("422").getDescription().contains("`too-late`"));
        assertTrue(write.get("422").getHeaders().containsKey(ResponseHeaders.REQUEST_ID));
        // an error it declares with a body of its own
        assertNull(write.get("410").getRef());
        assertEquals("Gone for good", write.get("410").getDescription());
        // the rest of a write's errors are the shared ones
        assertEquals("#/components/responses/Conflict", write.get("409").getRef());
        assertEquals(
                "#/components/responses/UnsupportedMediaType", write.get("415").getRef());
        assertEquals("#/components/responses/ContentTooLarge", write.get("413").getRef());
        assertEquals("#/components/responses/RequestTimeout", write.get("408").getRef());
    }
}

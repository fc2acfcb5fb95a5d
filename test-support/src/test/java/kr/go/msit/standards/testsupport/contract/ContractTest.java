package kr.go.msit.standards.testsupport.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract check finds each kind of difference between an exchange and the document, and nothing else. */
class ContractTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "paths": {
               "/api/v1/things/{id}": {"get": {"responses": {
                 "200": {"headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                         "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                 "404": {"content": {"application/problem+json": {"schema": {"type": "object"}}}},
                 "422": {"description": "Refused: `known-rule` a rule", "content": {"application/problem+json": {"schema": {"type": "object"}}}},
                 "default": {"content": {"application/problem+json": {"schema": {"type": "object"}}}}}}},
               "/api/v1/things/summary": {"get": {"responses": {"200": {}}}},
               "/api/v1/things": {"post": {
                 "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                 "responses": {"201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                               "400": {"content": {"application/problem+json": {"schema": {"type": "object"}}}}}}}},
             "components": {
               "headers": {"ETag": {"required": true, "schema": {"type": "string"}}},
               "schemas": {"Thing": {"type": "object", "required": ["id", "note"],
                 "properties": {"id": {"type": "string"}, "note": {"type": ["string", "null"]},
                                "kind": {"anyOf": [{"$ref": "#/components/schemas/Kind"}, {"type": "null"}]}}},
                 "Kind": {"type": "string", "enum": ["A", "B"]}}}}
            """;

    private final Contract contract;
    private final JsonNode get;
    private final JsonNode post;

    ContractTest() throws Exception {
        contract = new Contract(new ObjectMapper().readTree(DOCUMENT));
        get = contract.operation("/api/v1/things/{id}", "GET");
        post = contract.operation("/api/v1/things", "POST");
    }

    private List<String> answer(int status, Map<String, String> headers, String contentType, String body) {
        return contract.violations("GET", get, status, headers, contentType, body, null, null);
    }

    @Test
    void aLiteralPathWinsOverATemplate() {
        assertEquals("/api/v1/things/summary", contract.template("/api/v1/things/summary"));
        assertEquals("/api/v1/things/{id}", contract.template("/api/v1/things/42"));
        assertEquals(null, contract.template("/api/v1/other"));
    }

    @Test
    void anExactAnswerPasses() {
        assertEquals(
                List.of(),
                answer(
                        200,
                        Map.of("etag", "\"1\""),
                        "application/json",
                        "{\"id\": \"1\", \"note\": null, \"kind\": \"A\"}"));
        assertEquals(
                List.of(),
                answer(
                        200,
                        Map.of("etag", "\"1\""),
                        "application/json;charset=UTF-8",
                        "{\"id\": \"1\", \"note\": \"n\", \"kind\": null}"));
    }

    @Test
    void eachDifferenceIsReported() {
        Map<String, String> etag = Map.of("etag", "\"1\"");
        assertTrue(one(answer(200, etag, "application/json", "{\"id\": \"1\", \"note\": null, \"extra\": 1}")));
        assertTrue(one(answer(200, etag, "application/json", "{\"id\": \"1\"}")));
        assertTrue(one(answer(200, etag, "application/json", "{\"id\": 1, \"note\": null}")));
        assertTrue(one(answer(200, etag, "application/json", "{\"id\": \"1\", \"note\": null, \"kind\": \"C\"}")));
        assertTrue(one(answer(200, Map.of(), "application/json", "{\"id\": \"1\", \"note\": null}")));
        assertTrue(one(answer(200, etag, "text/plain", "hello")));
        assertEquals(List.of(), answer(422, Map.of(), "application/problem+json", "{\"rule\": \"known-rule\"}"));
        assertTrue(one(answer(422, Map.of(), "application/problem+json", "{\"rule\": \"other-rule\"}")));
        // default does not document a status: every status an operation gives is listed
        assertTrue(one(answer(409, Map.of(), "application/problem+json", "{}")));
    }

    @Test
    void anAcceptedRequestMustMatchItsSchemaARefusedOneIsNotChecked() {
        String created = "{\"id\": \"1\", \"note\": null}";
        assertEquals(
                List.of(),
                contract.violations(
                        "POST",
                        post,
                        201,
                        Map.of(),
                        "application/json",
                        created,
                        "application/json",
                        "{\"id\": \"1\", \"note\": \"x\"}"));
        assertTrue(one(contract.violations(
                "POST",
                post,
                201,
                Map.of(),
                "application/json",
                created,
                "application/json",
                "{\"id\": \"1\", \"note\": \"x\", \"unknown\": true}")));
        assertEquals(
                List.of(),
                contract.violations(
                        "POST",
                        post,
                        400,
                        Map.of(),
                        "application/problem+json",
                        "{}",
                        "application/json",
                        "{\"unknown\": true}"));
    }

    /** Found (a validator may report one difference as several errors, one per alternative of an anyOf). */
    private static boolean one(List<String> violations) {
        return !violations.isEmpty();
    }
}

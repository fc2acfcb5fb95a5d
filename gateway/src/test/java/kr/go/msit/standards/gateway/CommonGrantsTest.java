package kr.go.msit.standards.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static kr.go.msit.standards.gateway.ServiceStubs.answer;
import static kr.go.msit.standards.gateway.ServiceStubs.json;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.standards.testsupport.JwtTestResource;
import kr.go.msit.standards.testsupport.NodeTools;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls for proposals as CommonGrants opportunities, checked against the protocol itself: every answer the test gets
 * is validated against the OpenAPI document compiled from {@code @common-grants/core}'s TypeSpec (npm, in
 * {@code src/test/node}), besides the assertions on what it says.
 */
@QuarkusTest
@WithTestResource(JwtTestResource.class)
@WithTestResource(value = WireMockServices.class, initArgs = @ResourceArg(name = "timeouts", value = "views"))
class CommonGrantsTest extends WithDefaultToken {

    private static final String OPPORTUNITIES = "/common-grants/opportunities";
    private static final String C2025 = "a0000001-0000-4000-8000-000000002025";
    private static final String OPEN = "c0000000-0000-4000-8000-0000000000a1";
    private static final String CANCELLED = "c0000000-0000-4000-8000-0000000000a2";
    private static final String DRAFT = "c0000000-0000-4000-8000-0000000000a3";
    /** Cancelled while a draft: never announced, so never published (a program manager's token still reads it). */
    private static final String NEVER_ANNOUNCED = "c0000000-0000-4000-8000-0000000000a4";

    private final List<Map<String, Object>> answers = new ArrayList<>();
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void calls() {
        answer(
                get(urlPathEqualTo("/api/v1/calls")),
                json(
                        200,
                        "{\"items\":["
                                + call(
                                        C2025,
                                        "KUS-2025-C01",
                                        "RESULTS_PUBLISHED",
                                        true,
                                        "2024-11-01",
                                        "2024-11-29",
                                        "2025-01-01T00:00:00Z")
                                + ","
                                + call(
                                        OPEN,
                                        "KUS-2026-C01",
                                        "OPEN",
                                        false,
                                        "2026-11-01",
                                        "2026-12-31",
                                        "2026-11-01T00:00:00Z")
                                + ","
                                + call(
                                        CANCELLED,
                                        "KUS-2026-C02",
                                        "CANCELLED",
                                        false,
                                        null,
                                        null,
                                        "2026-10-01T00:00:00Z")
                                + "," + call(DRAFT, "KUS-2027-C01", "DRAFT", false, null, null, "2026-11-20T00:00:00Z")
                                + ","
                                + call(
                                        NEVER_ANNOUNCED,
                                        "KUS-2027-C02",
                                        "CANCELLED",
                                        false,
                                        null,
                                        null,
                                        "2026-11-21T00:00:00Z")
                                + "],\"page\":0,\"size\":200,\"total\":5,\"next\":null}"));
        for (String[] one : List.of(
                new String[] {C2025, "KUS-2025-C01", "RESULTS_PUBLISHED"},
                new String[] {DRAFT, "KUS-2027-C01", "DRAFT"},
                new String[] {NEVER_ANNOUNCED, "KUS-2027-C02", "CANCELLED"})) {
            answer(
                    "/api/v1/calls/" + one[0],
                    200,
                    call(one[0], one[1], one[2], true, "2024-11-01", "2024-11-29", "2025-01-01T00:00:00Z"));
        }
    }

    private static String call(
            String id, String code, String status, boolean described, String opens, String closes, String updated) {
        return "{\"id\":\"" + id + "\",\"code\":\"" + code
                + "\",\"programId\":\"a0000000-0000-4000-8000-000000002025\","
                + "\"fiscalYear\":2025,\"titleKo\":\"" + code + " 공모\",\"titleEn\":\"Call " + code + "\","
                + "\"descriptionKo\":" + (described ? "\"NIST와 공동연구\"" : "null") + ",\"descriptionEn\":"
                + (described ? "\"Joint research with NIST\"" : "null")
                + ",\"budgetCeilingKrw\":10000000000,\"perProjectCapKrw\":1250000000,\"durationMonths\":36,"
                + "\"qualifyingInstruments\":[\"LOI\",\"MOU\"],\"selectionMode\":\"OPEN\","
                + "\"opensOn\":" + (opens == null ? "null" : "\"" + opens + "\"") + ",\"closesOn\":"
                + (closes == null ? "null" : "\"" + closes + "\"")
                + ",\"qualifyingAgencies\":[\"NIST\"],\"designatedInstitutionIds\":[],\"status\":\"" + status
                + "\",\"announcedOn\":"
                + (status.equals("DRAFT") || id.equals(NEVER_ANNOUNCED) ? "null" : "\"2024-10-15\"")
                + ",\"version\":1,\"createdAt\":\"2024-10-01T00:00:00Z\",\"updatedAt\":\"" + updated + "\"}";
    }

    /** The answer, kept for the protocol check at the end of the test. */
    private Response kept(String operation, Response response) throws Exception {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("operation", operation);
        answer.put("status", response.statusCode());
        answer.put("body", mapper.readTree(response.asString()));
        answers.add(answer);
        return response;
    }

    private Response search(String body) {
        return given().contentType(ContentType.JSON).body(body).post(OPPORTUNITIES + "/search");
    }

    /** {@code {status, message, errors}} as JSON, not problem+json. */
    private static void inTheProtocolsShape(Response response, int status) {
        response.then()
                .statusCode(status)
                .contentType(ContentType.JSON)
                .body("status", equalTo(status))
                .body("message", org.hamcrest.Matchers.notNullValue())
                .body("errors[0].type", org.hamcrest.Matchers.startsWith("https://"))
                .body("title", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void opportunitiesFollowTheProtocolInEveryAnswer() throws Exception {
        // the list: published calls only, most recently changed first, money as strings in KRW, our fields custom
        kept("list", given().get(OPPORTUNITIES))
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("status", equalTo(200))
                .body("items.id", equalTo(List.of(OPEN, CANCELLED, C2025)))
                .body("items[0].status.value", equalTo("open"))
                .body("items[1].status.value", equalTo("custom"))
                .body("items[1].status.customValue", equalTo("cancelled"))
                .body("items[2].status.value", equalTo("closed"))
                .body("items[2].funding.totalAmountAvailable.amount", equalTo("10000000000"))
                .body("items[2].funding.totalAmountAvailable.currency", equalTo("KRW"))
                .body("items[2].funding.maxAwardAmount.amount", equalTo("1250000000"))
                .body("items[2].keyDates.closeDate.date", equalTo("2024-11-29"))
                .body("items[2].keyDates.otherDates.applicationPeriod.startDate", equalTo("2024-11-01"))
                .body("items[2].description", equalTo("Joint research with NIST"))
                .body("items[0].description", equalTo("Call KUS-2026-C01"))
                .body("items[2].customFields.code.value", equalTo("KUS-2025-C01"))
                .body("items[2].customFields.fiscalYear.value", equalTo(2025))
                .body("items[2].customFields.partnerAgencies.value", equalTo(List.of("NIST")))
                .body("items[2].customFields.qualifyingInstruments.value", equalTo(List.of("LOI", "MOU")))
                .body("paginationInfo.totalItems", equalTo(3))
                .body("paginationInfo.page", equalTo(1));
        // paging from 1, and its edges
        kept("list", given().get(OPPORTUNITIES + "?page=2&pageSize=2"))
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(C2025)))
                .body("paginationInfo.totalPages", equalTo(2));
        kept("list", given().get(OPPORTUNITIES + "?page=9&pageSize=2"))
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()));
        kept("list", given().get(OPPORTUNITIES + "?page=0"))
                .then()
                .statusCode(400)
                .body("status", equalTo(400));
        kept("list", given().get(OPPORTUNITIES + "?pageSize=201")).then().statusCode(400);
        kept("list", given().get(OPPORTUNITIES + "?page=1&page=2"))
                .then()
                .statusCode(400)
                .contentType("application/json")
                .body("status", equalTo(400))
                .body("errors.field", org.hamcrest.Matchers.hasItem("page"));
        // one: the 2025 call; a draft, a call cancelled as one and an unknown id are not found; a malformed id is a
        // 400, all in the protocol's shape
        kept("read", given().get(OPPORTUNITIES + "/" + C2025))
                .then()
                .statusCode(200)
                .body("data.id", equalTo(C2025))
                .body("data.title", equalTo("Call KUS-2025-C01"));
        for (String unpublished : List.of(DRAFT, NEVER_ANNOUNCED)) {
            kept("read", given().get(OPPORTUNITIES + "/" + unpublished))
                    .then()
                    .statusCode(404)
                    .body("status", equalTo(404));
        }
        String unknown = UUID.randomUUID().toString();
        answer("/api/v1/calls/" + unknown, 404, "{\"status\":404,\"title\":\"Resource not found\"}");
        kept("read", given().get(OPPORTUNITIES + "/" + unknown))
                .then()
                .statusCode(404)
                .contentType(ContentType.JSON)
                .body("message", equalTo("No opportunity " + unknown));
        kept("read", given().get(OPPORTUNITIES + "/not-a-uuid"))
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON);
        // search by status and close date, sorted
        kept(
                        "search",
                        search("{\"filters\":{\"status\":{\"operator\":\"in\",\"value\":[\"closed\"]},"
                                + "\"closeDateRange\":{\"operator\":\"between\",\"value\":{\"min\":\"2024-11-01\","
                                + "\"max\":\"2024-12-31\"}}},\"sorting\":{\"sortBy\":\"keyDates.closeDate\","
                                + "\"sortOrder\":\"desc\"},\"pagination\":{\"page\":1,\"pageSize\":10}}"))
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(C2025)))
                .body("sortInfo.sortBy", equalTo("keyDates.closeDate"))
                .body("sortInfo.sortOrder", equalTo("desc"))
                .body("filterInfo.filters.status.value", equalTo(List.of("closed")));
        kept("search", search("{\"search\":\"kus-2026\",\"sorting\":{\"sortBy\":\"title\"}}"))
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(OPEN, CANCELLED)))
                .body("sortInfo.sortOrder", equalTo("asc"));
        kept(
                        "search",
                        search("{\"filters\":{\"maxAwardAmountRange\":{\"operator\":\"between\",\"value\":{\"min\":"
                                + "{\"amount\":\"1\",\"currency\":\"USD\"},\"max\":{\"amount\":\"2000000000\","
                                + "\"currency\":\"USD\"}}},\"minAwardAmountRange\":{\"operator\":\"between\","
                                + "\"value\":{\"min\":{\"amount\":\"1\",\"currency\":\"KRW\"},\"max\":{\"amount\":"
                                + "\"2\",\"currency\":\"KRW\"}}}},\"sorting\":{\"sortBy\":\"custom\"}}"))
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()))
                .body("filterInfo.errors.size()", equalTo(1))
                .body("sortInfo.errors.size()", equalTo(1));
        kept("search", search("{}")).then().statusCode(200).body("items.size()", equalTo(3));
        kept("search", search("{\"sorting\":{\"sortBy\":\"nonsense\"}}")).then().statusCode(400);
        kept("search", search("{\"unknown\":1}")).then().statusCode(400).body("status", equalTo(400));
        kept("search", search("{\"filters\":{\"customFilters\":\"x\"}}")).then().statusCode(400);
        kept("search", search("{\"pagination\":{\"page\":0}}")).then().statusCode(400);
        // the body is required, as the document says (before, null and no body at all were taken as {})
        inTheProtocolsShape(kept("search", search("null")), 400);
        inTheProtocolsShape(kept("search", given().contentType(ContentType.JSON).post(OPPORTUNITIES + "/search")), 400);
        // the gateway's own refusals take the shape too: the input gate's (a body sent as */* was read as JSON, a ;
        // or a NUL answered problem+json) and the router's (no Host)
        inTheProtocolsShape(
                given().contentType("*/*")
                        .body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .post(OPPORTUNITIES + "/search"),
                415);
        for (String spelled : List.of("/common-grants;x=1/opportunities", "/%63ommon-grants;x/opportunities")) {
            inTheProtocolsShape(given().urlEncodingEnabled(false).get(spelled), 400);
        }
        inTheProtocolsShape(given().urlEncodingEnabled(false).get(OPPORTUNITIES + "?page=1%00"), 400);
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("GET " + OPPORTUNITIES + " HTTP/1.1\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String raw = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertTrue(
                    raw.startsWith("HTTP/1.1 400") && raw.contains("\"message\":") && !raw.contains("\"title\""), raw);
        }
        DefaultToken.clear();
        kept("list", given().get(OPPORTUNITIES))
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType(ContentType.JSON);
        DefaultToken.use();
        // projects-service failing: 503 in the protocol's shape
        answer(get(urlPathEqualTo("/api/v1/calls")), json(500, "{}"));
        kept("list", given().get(OPPORTUNITIES)).then().statusCode(503).contentType(ContentType.JSON);

        Path work = Path.of("target", "common-grants").toAbsolutePath();
        Files.createDirectories(work);
        Path answersFile = work.resolve("answers.json");
        mapper.writerWithDefaultPrettyPrinter().writeValue(answersFile.toFile(), answers);
        Path tsp = NodeTools.tool("tsp");
        NodeTools.Run compiled = NodeTools.run(
                NodeTools.DIRECTORY,
                180,
                tsp.toString(),
                "compile",
                "common-grants.tsp",
                "--output-dir",
                work.toString());
        assertEquals(0, compiled.exitCode(), compiled.output());
        NodeTools.requireOnPath("node", "Node.js 18 or later");
        NodeTools.Run checked = NodeTools.run(
                NodeTools.DIRECTORY,
                60,
                "node",
                "common-grants-check.mjs",
                work.resolve("openapi/openapi.0.3.0.json").toString(),
                answersFile.toString());
        assertEquals(0, checked.exitCode(), checked.output());
    }
}

package kr.go.msit.standards.projects;

import static kr.go.msit.standards.projects.Fixtures.json;
import static kr.go.msit.standards.projects.Fixtures.program;
import static kr.go.msit.standards.testsupport.Api.code;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.Api;
import kr.go.msit.standards.testsupport.RawHttp2;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Input no operation can take is a 400 (or 415) problem wherever it enters, never a 500, and nothing is written:
 * the NUL character (PostgreSQL cannot store it) in the query, the path, a header or a JSON string; a field given
 * twice; a body without a Content-Type; a parameter value its type does not have, answered without naming a class.
 */
@QuarkusTest
@ProjectsTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void theNulCharacterIsRefusedInTheQueryThePathAHeaderAndAJsonString() {
        json().urlEncodingEnabled(false)
                .get("/api/v1/projects?q=a%00b")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("q"));
        Api.asRole(Roles.AUDITOR)
                .urlEncodingEnabled(false)
                .get("/api/v1/audit/projects?actor=a%00b")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        json().urlEncodingEnabled(false)
                .get("/api/v1/programs/a%00b")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        String programCode = code("NUL");
        var body = program(programCode, 1_000_000L);
        body.put("nameKo", "이름\u0000끝");
        refusedProgram(body, "nameKo").body("errors[0].message", containsString("NUL"));
        notStored(programCode);
    }

    @Test
    void anUnpairedSurrogateIsRefusedNotStoredAsAQuestionMark() throws Exception {
        for (String unpaired : new String[] {"\\ud800x", "x\\udc00", "\\udc00\\ud800"}) {
            String programCode = code("SUR");
            String body = new ObjectMapper()
                    .writeValueAsString(program(programCode, 1_000_000L))
                    .replaceFirst("\"nameKo\":\"[^\"]*\"", "\"nameKo\":\"" + unpaired.replace("\\", "\\\\") + "\"");
            refusedProgram(body, "nameKo").body("errors[0].message", containsString("unpaired surrogate"));
            notStored(programCode);
        }
        // a character outside the Basic Multilingual Plane is a surrogate pair, and is stored as it came
        var paired = program(code("EMO"), 1_000_000L);
        paired.put("nameKo", "시계 \ud83d\udd70 \ud840\udc0b");
        String id = createdProgram(paired);
        json().get("/api/v1/programs/" + id).then().statusCode(200).body("nameKo", equalTo(paired.get("nameKo")));
    }

    @Test
    void aLengthLimitCountsCharactersAsTheDocumentAndTheColumnDo() {
        // U+2000B, a rare Hanja: one character, two UTF-16 units; nameKo is maxLength 200 and VARCHAR(200)
        String hanja = new String(Character.toChars(0x2000B));
        var longest = program(code("LEN"), 1_000_000L);
        longest.put("nameKo", hanja.repeat(200));
        String id = createdProgram(longest);
        json().get("/api/v1/programs/" + id).then().statusCode(200).body("nameKo", equalTo(hanja.repeat(200)));
        var tooLong = program(code("LEN"), 1_000_000L);
        tooLong.put("nameKo", hanja.repeat(201));
        refusedProgram(tooLong, "nameKo");
        // a collection's @Size still counts its elements
        var tooMany = program(code("LEN"), 1_000_000L);
        tooMany.put(
                "partnerAgencies",
                java.util.stream.IntStream.range(0, 11).mapToObj(i -> "AG" + i).toList());
        refusedProgram(tooMany, "partnerAgencies");
    }

    @Test
    void aDotSegmentInThePathIsRefusedNotResolved() {
        // resolved, /api/v1/programs/%2E%2E/calls would be the calls: the gateway would have routed one path and the
        // service answered another
        for (String path : new String[] {
            "/api/v1/programs/%2E%2E/calls",
            "/api/v1/programs/%2e%2e/calls",
            "/api/v1/programs/.%2E/calls",
            "/api/v1/programs/%2E/" + Fixtures.PROGRAM_2025
        }) {
            json().urlEncodingEnabled(false)
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("(path)"));
        }
        json().get("/api/v1/programs/" + Fixtures.PROGRAM_2025).then().statusCode(200);
    }

    /**
     * A path spelled another way than the one it reaches ({@code //api}, {@code /%61pi}, {@code /q/../api}, {@code
     * /api;x}) is checked
     * as the path it reaches: the route filters read the path as sent, so a NUL in a search went past the input gate
     * to the database (500), and the gateway's token check was skipped the same way.
     */
    @Test
    void aPathSpelledAnotherWayIsCheckedAsThePathItReaches() throws Exception {
        for (String path : List.of("/%61pi/v1/projects?q=%00", "//api/v1/projects?q=%00", "/api//v1/projects?q=%00")) {
            HttpResponse<String> answer = sendAsIs(path);
            assertEquals(400, answer.statusCode(), path + " " + answer.body());
            assertEquals(PROBLEM, answer.headers().firstValue("Content-Type").orElse(null), path);
            assertEquals(
                    "no-store", answer.headers().firstValue("Cache-Control").orElse(null), path);
        }
        for (String path : List.of(
                "/q/../api/v1/projects",
                "/q/%2E%2E/api/v1/projects",
                "/x/../api/v1/projects",
                // JAX-RS drops matrix parameters: this was /api/v1/projects past every check of /api/ (a 500 again)
                "/api;x=1/v1/projects?q=%00",
                "/api/v1/projects;x=1")) {
            HttpResponse<String> answer = sendAsIs(path);
            assertEquals(400, answer.statusCode(), path + " " + answer.body());
            assertEquals(
                    "(path)",
                    new ObjectMapper()
                            .readTree(answer.body())
                            .at("/errors/0/field")
                            .asText(),
                    path);
        }
        assertEquals(200, sendAsIs("/%61pi/v1/programs").statusCode());
        assertEquals(
                "no-store",
                sendAsIs("/%61pi/v1/programs")
                        .headers()
                        .firstValue("Cache-Control")
                        .orElse(null));
    }

    /** GET with a program manager's token, the path exactly as written (no client resolves or re-encodes it). */
    private HttpResponse<String> sendAsIs(String pathAndQuery) throws Exception {
        URI uri = URI.create(programs.getScheme() + "://" + programs.getRawAuthority() + pathAndQuery);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri)
                                .header("Authorization", "Bearer " + TestTokens.role(Roles.PROGRAM_MANAGER))
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anArrayThatRepeatsAnItemOfASetIsRefusedNotShortened() {
        String programCode = code("SET");
        var body = program(programCode, 1_000_000L);
        body.put("partnerAgencies", java.util.List.of("NIST", "NIST"));
        refusedProgram(body, "partnerAgencies").body("errors[0].message", equalTo("must not repeat an item"));
        body.put("partnerAgencies", java.util.List.of("NIST", "DOE"));
        json().body(body).post("/api/v1/programs").then().statusCode(201);
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        String programCode = code("DUP");
        String body =
                "{\"code\":\"" + programCode + "\",\"nameKo\":\"중복\",\"nameEn\":\"Duplicate\",\"ministryKo\":\"과기정통부\","
                        + "\"ministryEn\":\"MSIT\",\"partnerAgencies\":[\"NIST\"],\"startYear\":2025,\"endYear\":2029,"
                        + "\"envelopeKrw\":1000,\"envelopeKrw\":5000}";
        refusedProgram(body, "envelopeKrw").body("errors[0].message", equalTo("given more than once"));
        notStored(programCode);
    }

    /**
     * A query parameter that holds one value, given twice, is refused, naming it (JAX-RS alone reads the first and
     * answers as if only it were asked), whether the operation declares it or takes it from a bean ({@code page}).
     */
    @Test
    void aSingleValuedQueryParameterGivenTwiceIsRefused() throws Exception {
        json().get("/api/v1/projects?status=ACTIVE&status=CLOSED")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(java.util.List.of("status")))
                .body("errors[0].message", equalTo("given more than once"));
        json().get("/api/v1/projects?page=0&size=5&page=1&size=6")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("page", "size"));
        Api.asRole(Roles.AUDITOR)
                .get("/api/v1/audit/projects?actor=a&actor=b")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("actor"));
        // read as decoded (an encoded name is the same parameter); a malformed escape is still no 500
        json().urlEncodingEnabled(false)
                .get("/api/v1/projects?status=ACTIVE&%73tatus=CLOSED")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        try (java.net.Socket socket = new java.net.Socket(programs.getHost(), programs.getPort())) {
            socket.getOutputStream()
                    .write(("GET /api/v1/projects?q=%zz&q=%E0%A4 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                                    + TestTokens.role(Roles.PROGRAM_MANAGER) + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        }
        json().get("/api/v1/projects?status=ACTIVE&technologyArea=QUANTUM&size=5")
                .then()
                .statusCode(200);
        // a parameter that is not text, given empty, is no parameter left out (?status= listed every project)
        for (String empty : List.of("status", "page", "fiscalYear", "programId")) {
            json().get("/api/v1/projects?" + empty + "=")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo(empty))
                    .body("errors[0].message", equalTo("given empty: give a value, or leave the parameter out"));
        }
        json().get("/api/v1/projects?q=").then().statusCode(200);
        // a parameter the operation does not take (a typo) is named, not ignored: ?stauts=ACTIVE listed every project
        json().get("/api/v1/projects?stauts=ACTIVE&size=5")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("stauts")))
                .body("errors[0].message", startsWith("not a parameter of this operation: it takes "))
                .body("errors[0].message", containsString("status"));
        json().get("/api/v1/projects/" + java.util.UUID.randomUUID() + "?x" + "y".repeat(500) + "=1")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("x" + "y".repeat(63) + "\u2026"))
                .body("errors[0].message", equalTo("not a parameter of this operation: it takes none"));
    }

    @Test
    void anEmptyOrBlankIdIsAWrongValueNotALeftOutOne() {
        String call = Fixtures.openCall(5_000_000_000L, 2_000_000_000L);
        for (String blank : List.of("", " ", "\u0000")) {
            java.util.Map<String, Object> body =
                    Fixtures.application(call, java.util.UUID.randomUUID().toString(), 100_000_000L);
            body.put("partnerAgreementId", blank);
            json().body(body)
                    .post("/api/v1/applications")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("partnerAgreementId"))
                    .body("detail", not(containsString("java")));
        }
    }

    @Test
    void aRequestTheRouterCannotRouteIsAProblemNotAnErrorPage() throws Exception {
        // Vert.x's router refuses these before any route runs; Quarkus answered them with a page of its own (a text
        // "500 - Internal Server Error", or a JSON error id) and logged an ERROR for each
        for (String[] refused : new String[][] {
            {"GET /api/v1/programs HTTP/1.1\r\n", "Host"},
            {"GET /api/v1/programs HTTP/1.1\r\nHost: a b\r\n", "Host"},
            {"GET ?a=1 HTTP/1.1\r\nHost: localhost\r\n", "(path)"}
        }) {
            String answer = rawHttp1(refused[0] + "Connection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            String lower = answer.toLowerCase(java.util.Locale.ROOT);
            assertTrue(lower.contains("content-type: application/problem+json"), answer);
            assertTrue(lower.contains("x-request-id: "), answer);
            assertTrue(answer.contains("\"requestId\":"), answer);
            assertTrue(answer.contains("\"field\":\"" + refused[1] + "\""), answer);
        }
        Map<String, String> noAuthority = new LinkedHashMap<>(http2("GET", "/api/v1/programs"));
        noAuthority.remove(":authority");
        String answer = RawHttp2.exchange(programs, noAuthority, null);
        assertTrue(answer.contains("\"status\":400") && answer.contains("\"field\":\":authority\""), answer);
    }

    @Test
    void overHttp2ABodyWithoutALengthIsJsonOnlyAsApplicationJsonAndNoBodyNeedsNoType() throws Exception {
        // HTTP/2 needs neither Content-Length nor chunks for a body: such a body sent as */* or with no type was
        // taken as JSON (201)
        byte[] body = new ObjectMapper()
                .writeValueAsString(program(code("HTB"), 1_000L))
                .getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] {null, "*/*"}) {
            Map<String, String> headers = http2("POST", "/api/v1/programs");
            if (type != null) {
                headers.put("content-type", type);
            }
            String answer = RawHttp2.exchange(programs, headers, body);
            assertTrue(answer.contains("\"status\":415"), type + ": " + answer);
        }
        Map<String, String> asJson = http2("POST", "/api/v1/programs");
        asJson.put("content-type", "application/json");
        String created = RawHttp2.exchange(programs, asJson, body);
        assertTrue(created.contains("\"version\":0"), created);
        String listed = RawHttp2.exchange(programs, http2("GET", "/api/v1/programs?size=1"), null);
        assertTrue(listed.contains("\"items\":"), listed);
    }

    private Map<String, String> http2(String method, String path) {
        return RawHttp2.headers(programs, method, path, TestTokens.role(Roles.PROGRAM_MANAGER));
    }

    private String rawHttp1(String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(programs.getHost(), programs.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @TestHTTPResource("/api/v1/programs")
    URI programs;

    /**
     * JSON's type with the white space RFC 9110 allows before a parameter is JSON (JAX-RS answered 415); a header a
     * request carries once, given twice, is a 400 naming it (two Host headers were served, and of two Authorization
     * headers the first was taken without a word; found by probing).
     */
    @Test
    void jsonIsJsonWithWhiteSpaceBeforeItsCharsetAndAHeaderGivenOnceIsNotGivenTwice() throws Exception {
        String programCode = code("OWS");
        String json = "{\"code\":\"" + programCode + "\",\"nameKo\":\"공백\",\"nameEn\":\"White space\","
                + "\"ministryKo\":\"과기정통부\",\"ministryEn\":\"MSIT\",\"partnerAgencies\":[\"NIST\"],"
                + "\"startYear\":2025,\"endYear\":2029,\"envelopeKrw\":1000}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/programs HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.role(Roles.PROGRAM_MANAGER) + "\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n";
        String latin1Body = new String(body, StandardCharsets.ISO_8859_1);
        String spaced = rawHttp1(head + "Content-Type: application/json ; charset=utf-8\r\n\r\n" + latin1Body);
        assertTrue(spaced.startsWith("HTTP/1.1 201"), spaced);
        String location = spaced.lines()
                .filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                .findFirst()
                .orElseThrow()
                .substring(9)
                .strip();
        json().get(URI.create(location).getPath()).then().statusCode(200).body("nameKo", equalTo("공백"));
        for (String twice : List.of("Host: localhost", "Authorization: Bearer " + TestTokens.role(Roles.VIEWER))) {
            String answer = rawHttp1(head + twice + "\r\n" + "Content-Type: application/json\r\n\r\n" + latin1Body);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.contains("given more than once"), answer);
        }
    }

    @Test
    void aBodyWithoutAContentTypeIs415AndATransitionWithoutABodyNeedsNone() throws Exception {
        // RestAssured adds a Content-Type to any body; the JDK client sends none unless told
        String programCode = code("NCT");
        String json = "{\"code\":\"" + programCode + "\",\"nameKo\":\"내용 유형 없음\",\"nameEn\":\"No type\","
                + "\"ministryKo\":\"과기정통부\",\"ministryEn\":\"MSIT\",\"partnerAgencies\":[\"NIST\"],"
                + "\"startYear\":2025,\"endYear\":2029,\"envelopeKrw\":1000}";
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(programs)
                                .header("Authorization", "Bearer " + TestTokens.role(Roles.PROGRAM_MANAGER))
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(415, answer.statusCode(), answer.body());
        assertEquals(PROBLEM, answer.headers().firstValue("Content-Type").orElse(""));
        notStored(programCode);
        // a body-less request without Content-Type is still legal: here it gets as far as the missing call (404)
        HttpResponse<String> bodyless = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        programs.resolve("/api/v1/calls/7d0f3f4e-0000-4000-8000-000000000000/announce"))
                                .header("Authorization", "Bearer " + TestTokens.role(Roles.PROGRAM_MANAGER))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(404, bodyless.statusCode(), bodyless.body());
        // so is one sent as empty chunks; chunks that hold bytes need the type, as any body does
        String announce = "POST /api/v1/calls/7d0f3f4e-0000-4000-8000-000000000000/announce HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: Bearer " + TestTokens.role(Roles.PROGRAM_MANAGER)
                + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        String empty = rawHttp1(announce + "0\r\n\r\n");
        assertTrue(empty.startsWith("HTTP/1.1 404"), empty);
        String some = rawHttp1(
                announce.replace("/api/v1/calls/7d0f3f4e-0000-4000-8000-000000000000/announce", "/api/v1/programs")
                        + "2\r\n{}\r\n0\r\n\r\n");
        assertTrue(some.startsWith("HTTP/1.1 415"), some);
    }

    @Test
    void aParameterOfTheWrongKindNamesTheParameterAndWhatItTakesNeverAClass() {
        json().get("/api/v1/projects?status=ACTIVE'")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("one of SELECTED, AGREEMENT_SIGNED, ACTIVE"))
                .body(not(containsString("kr.go")));
        json().get("/api/v1/projects/not-a-uuid")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("id"))
                .body(not(containsString("java.")));
        json().get("/api/v1/projects?fiscalYear=abc")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body(not(containsString("java.")))
                .body(not(containsString("NumberFormat")));
        // an id is its canonical shape only: UUID.fromString took "+" and full-width digits in a group for the same id
        json().get("/api/v1/programs/a0000000-0000-4000-8000-+00000002025")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("id"));
    }

    /** A name of no-break spaces is blank, as the document's pattern (ECMAScript's \S) says; it was accepted. */
    @Test
    void aNameOfNoBreakSpacesIsBlank() {
        for (String blank : List.of("\u00A0\u00A0", "\u2007", "\u202F \u3000", "\uFEFF")) {
            java.util.Map<String, Object> body = program(code("P"), 1_000_000L);
            body.put("nameKo", blank);
            refusedProgram(body, "nameKo");
        }
    }

    /**
     * A date is a string YYYY-MM-DD, as the document says: Jackson's own reading also took an array, a date-time
     * (dropping its time) and a date with a leading space.
     */
    @Test
    void aDateIsItsDocumentedShapeOnly() {
        for (Object opensOn : List.of(List.of(2027, 5, 10), "2027-05-10T00:00:00Z", " 2026-01-01", 20260101)) {
            java.util.Map<String, Object> call =
                    Fixtures.call(Fixtures.createProgram(1_000_000_000L), code("C"), 100_000_000L, 50_000_000L);
            call.put("opensOn", opensOn);
            json().body(call)
                    .post("/api/v1/calls")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("opensOn"));
        }
    }

    /**
     * An enum value is one of the listed values exactly, and an integer parameter an optional minus and ASCII digits:
     * Jackson took " QUANTUM" for QUANTUM once the name matched nothing, and Integer.valueOf took "+5" and digits of
     * any script ("５") for 5.
     */
    @Test
    void anEnumIsItsListedValueAndAnIntegerItsAsciiDigitsOnly() {
        String call = Fixtures.openCall(1_000_000_000L, 500_000_000L);
        for (String area : List.of(" QUANTUM", "QUANTUM ", "\tQUANTUM", "quantum")) {
            java.util.Map<String, Object> body = Fixtures.application(call, Fixtures.KRISS, 100_000_000L);
            body.put("technologyArea", area);
            json().body(body)
                    .post("/api/v1/applications")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("technologyArea"));
        }
        for (String query : List.of("size=%EF%BC%95", "size=%2B5", "page=%D9%A1", "fiscalYear=%EF%BC%92026")) {
            json().urlEncodingEnabled(false)
                    .get("/api/v1/projects?" + query)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo(query.substring(0, query.indexOf('='))));
        }
        json().get("/api/v1/projects?size=5&page=0&fiscalYear=2026").then().statusCode(200);
    }

    @Test
    void aPathAnswersItsOwnMethodsAndAnyOtherIs405NamingThem() {
        String id = "/api/v1/projects/00000000-0000-4000-8000-000000000000";
        // OPTIONS answered the resource class's methods on every path of it (POST and PUT on both)
        json().options("/api/v1/projects").then().statusCode(200).header("Allow", "GET, HEAD, OPTIONS, POST");
        json().options(id).then().statusCode(200).header("Allow", "GET, HEAD, OPTIONS, PUT");
        json().options(id + "/suspend").then().statusCode(200).header("Allow", "OPTIONS, POST");
        json().options("/api/v1/no-such-thing").then().statusCode(404).contentType(PROBLEM);
        // a path no operation has, within a resource class's: the class's methods were answered
        json().options(id + "/no-such-part").then().statusCode(404).contentType(PROBLEM);
        // a 405 carried no Allow
        json().delete(id).then().statusCode(405).contentType(PROBLEM).header("Allow", "GET, HEAD, OPTIONS, PUT");
        // another class's path begins the same way (/programs): the router answered 404
        json().delete("/api/v1/programs/00000000-0000-4000-8000-000000000000/outcomes")
                .then()
                .statusCode(405)
                .contentType(PROBLEM)
                .body("type", containsString("method-not-allowed"))
                .header("Allow", "GET, HEAD, OPTIONS");
        // a literal path is not the template beside it: PUT /projects/summary went to PUT /projects/{id}
        json().body("{}").put("/api/v1/projects/summary").then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS");
        json().options("/api/v1/projects/summary").then().statusCode(200).header("Allow", "GET, HEAD, OPTIONS");
        json().get("/api/v1/projects/summary").then().statusCode(200);
    }
    /** A code of the longest kind admitted (40 characters), unique. */
    private static String longest(String prefix) {
        String code = code(prefix).replace("_", "-").toUpperCase();
        return (code + "-" + "X".repeat(40)).substring(0, 40);
    }

    /**
     * Codes built from an admitted code and a suffix fit where they are stored: an application's (its call's code,
     * "-A" and four digits) and a project's (its program's code, the year and a number) from 40-character codes. Both
     * were 500s (a column of 40). And a value the database cannot store that validation admitted is a 400, not a
     * 500: here a token's subject longer than the audit trail keeps.
     */
    @Test
    void codesBuiltFromTheLongestCodesFitAndWhatCannotBeStoredIsA400() {
        String program = json().body(program(longest("P"), 10_000_000_000L))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String call = json().body(Fixtures.call(program, longest("C"), 1_000_000_000L, 800_000_000L))
                .post("/api/v1/calls")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Fixtures.moveCall(call, "announce", "open");
        String application = Fixtures.createApplication(call, 500_000_000L);
        json().get("/api/v1/applications/" + application).then().body("code.length()", equalTo(46));
        Fixtures.moveApplication(application, "submit", "check-eligibility", "start-review");
        Fixtures.moveCall(call, "close", "start-review");
        json().post("/api/v1/applications/" + application + "/select")
                .then()
                .statusCode(200)
                .body("status", equalTo("SELECTED"));
        json().get("/api/v1/projects?callId=" + call)
                .then()
                .statusCode(200)
                .body("items.applicationId", equalTo(List.of(application)));
        Api.as(TestTokens.subject("s".repeat(300), Roles.PROGRAM_MANAGER))
                .body(program(code("P"), 1L))
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", not(containsString("varying")));
    }

    /** Posts a program that must be refused: a 400 problem that names the field first; the answer, to say more. */
    private static ValidatableResponse refusedProgram(Object body, String field) {
        return json().body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo(field));
    }

    /** Nothing was written: no program has the code. */
    private static void notStored(String programCode) {
        json().get("/api/v1/programs?size=200")
                .then()
                .statusCode(200)
                .body("items.code", not(org.hamcrest.Matchers.hasItem(programCode)));
    }

    private static String createdProgram(Object body) {
        return json().body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}

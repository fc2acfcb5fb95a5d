package kr.go.msit.standards.projects.contribution;

import static kr.go.msit.standards.projects.Fixtures.json;
import static kr.go.msit.standards.projects.contribution.ContributionTest.KUS_2025_01;
import static kr.go.msit.standards.projects.contribution.ContributionTest.KUS_2025_04;
import static kr.go.msit.standards.projects.contribution.ContributionTest.THREE_GPP;
import static kr.go.msit.standards.testsupport.Api.as;
import static kr.go.msit.standards.testsupport.Api.asRole;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.ProjectsTest;
import kr.go.msit.standards.testsupport.AtOnce;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Leadership positions and joint publications: a project's outputs besides contributions. */
@QuarkusTest
@ProjectsTest
class OutputRecordsTest {

    static Map<String, Object> position(String project) {
        Map<String, Object> p = new HashMap<>(Map.of(
                "projectId",
                project,
                "bodyId",
                THREE_GPP,
                "groupName",
                "3GPP TSG RAN WG1",
                "role",
                "EDITOR",
                "holderName",
                "박에디터",
                "startDate",
                "2026-01-01"));
        return p;
    }

    static Map<String, Object> publication(String project, String doi) {
        Map<String, Object> p = new HashMap<>(Map.of(
                "projectId",
                project,
                "kind",
                "TECHNICAL_REPORT",
                "title",
                "Optical clock comparison",
                "venue",
                "NIST Technical Note",
                "publishedOn",
                "2026-03-03",
                "nistCoAuthors",
                List.of("Jane Doe")));
        p.put("doi", doi);
        return p;
    }

    @Test
    void aPositionIsRecordedChangedAndScoped() {
        String etri = TestTokens.institution(Fixtures.ETRI);
        String id = as(etri).body(position(KUS_2025_04))
                .post("/api/v1/leadership-positions")
                .then()
                .statusCode(201)
                .body("bodyCode", equalTo("3GPP"))
                .body("endDate", equalTo(null))
                .extract()
                .path("id");
        Map<String, Object> ended = position(KUS_2025_04);
        ended.put("endDate", "2026-06-30");
        as(etri).header("If-Match", "\"0\"")
                .body(ended)
                .put("/api/v1/leadership-positions/" + id)
                .then()
                .statusCode(200)
                .body("endDate", equalTo("2026-06-30"))
                .body("version", equalTo(1));
        ended.put("endDate", "2025-12-31");
        json().body(ended)
                .put("/api/v1/leadership-positions/" + id)
                .then()
                .statusCode(422)
                .body("rule", equalTo("position-dates"));
        // nor from before 1900: such a position stood as a row of 1800 in the outcome indicators
        ended.put("startDate", "1800-01-01");
        ended.put("endDate", "1801-01-01");
        json().body(ended)
                .put("/api/v1/leadership-positions/" + id)
                .then()
                .statusCode(422)
                .body("rule", equalTo("date-before-1900"));
        ended.put("startDate", "2026-01-01");
        ended.put("endDate", null);
        ended.put("projectId", KUS_2025_01);
        json().body(ended)
                .put("/api/v1/leadership-positions/" + id)
                .then()
                .statusCode(422)
                .body("rule", equalTo("project-fixed"));
        as(etri).body(position(KUS_2025_01))
                .post("/api/v1/leadership-positions")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-project"));
        Map<String, Object> nobody = position(KUS_2025_04);
        nobody.put("bodyId", UUID.randomUUID().toString());
        json().body(nobody)
                .post("/api/v1/leadership-positions")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-standards-body"));
        Map<String, Object> role = position(KUS_2025_04);
        role.put("role", "PRESIDENT");
        json().body(role).post("/api/v1/leadership-positions").then().statusCode(400);
        String kriss = TestTokens.institution(Fixtures.KRISS);
        as(kriss).get("/api/v1/leadership-positions/" + id).then().statusCode(404);
        as(kriss).body(ended).put("/api/v1/leadership-positions/" + id).then().statusCode(404);
        as(kriss)
                .get("/api/v1/leadership-positions?size=200")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        asRole(Roles.VIEWER)
                .get("/api/v1/leadership-positions?projectId=" + KUS_2025_04 + "&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        asRole(Roles.AUDITOR)
                .get("/api/v1/leadership-positions/" + id + "/history")
                .then()
                .body("items.action", equalTo(List.of("create", "update")));
    }

    /**
     * Edits of one record at once are taken in turn under its lock, each applied (no If-Match) and audited; before, a
     * publication's or a position's losers got a bare 409 ("changed by another request").
     */
    @Test
    void editsOfOneRecordAtOnceAreTakenInTurn() throws Exception {
        String project = Fixtures.importProject(null);
        String position = json().body(position(project))
                .post("/api/v1/leadership-positions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String publication = json().body(publication(project, null))
                .post("/api/v1/publications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<java.util.concurrent.Callable<io.restassured.response.Response>> edits = new java.util.ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> seat = position(project);
            seat.put("groupName", "3GPP TSG RAN WG" + (i + 1));
            edits.add(() -> json().body(seat).put("/api/v1/leadership-positions/" + position));
            Map<String, Object> paper = publication(project, null);
            paper.put("title", "Optical clock comparison, part " + i);
            edits.add(() -> json().body(paper).put("/api/v1/publications/" + publication));
        }
        List<io.restassured.response.Response> answers = AtOnce.all(edits);
        assertEquals(
                List.of(200, 200, 200, 200, 200, 200),
                answers.stream().map(r -> r.statusCode()).toList(),
                answers.stream().map(r -> r.asString()).toList().toString());
        json().get("/api/v1/leadership-positions/" + position).then().body("version", equalTo(3));
        json().get("/api/v1/publications/" + publication).then().body("version", equalTo(3));
    }

    /**
     * A position is recorded once a project: the same holder in the same role of the same group, names in any case,
     * over days another record covers, is a 409, in the service and, for requests at once, in the database. Before,
     * it was accepted twice and counted twice in the indicators.
     */
    @Test
    void aPositionIsRecordedOnceForItsDays() throws Exception {
        String project = Fixtures.importProject(null);
        json().body(position(project))
                .post("/api/v1/leadership-positions")
                .then()
                .statusCode(201);
        Map<String, Object> again = position(project);
        again.put("groupName", "3gpp tsg ran wg1");
        again.put("startDate", "2026-06-01");
        again.put("endDate", "2026-06-30");
        json().body(again)
                .post("/api/v1/leadership-positions")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("recorded already"));
        Map<String, Object> before = position(project);
        before.put("startDate", "2025-01-01");
        before.put("endDate", "2025-12-31");
        String earlier = json().body(before)
                .post("/api/v1/leadership-positions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        before.put("endDate", "2026-01-01");
        json().header("If-Match", "\"0\"")
                .body(before)
                .put("/api/v1/leadership-positions/" + earlier)
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("recorded already"));
        Map<String, Object> otherRole = position(project);
        otherRole.put("role", "RAPPORTEUR");
        json().body(otherRole).post("/api/v1/leadership-positions").then().statusCode(201);

        Map<String, Object> seat = position(project);
        seat.put("holderName", "동시에");
        List<io.restassured.response.Response> answers =
                AtOnce.times(6, () -> json().body(seat).post("/api/v1/leadership-positions"));
        assertEquals(
                List.of(201, 409, 409, 409, 409, 409),
                answers.stream().map(r -> r.statusCode()).sorted().toList());
        // each loser is told which record holds the seat, as one that came later is: not a bare 409 naming the
        // database's constraint (NaturalKeys serialises the check)
        answers.stream()
                .filter(r -> r.statusCode() == 409)
                .forEach(r -> assertEquals(
                        java.util.Arrays.asList(true, null),
                        java.util.Arrays.asList(
                                r.path("detail").toString().contains("is recorded already"), r.path("constraint")),
                        r.asString()));
        json().get("/api/v1/leadership-positions?projectId=" + project + "&size=50")
                .then()
                .body("total", equalTo(4));
    }

    @Test
    void aPositionCountsInTheYearsItWasHeldUpToTodayNotInYearsToCome() {
        String project = Fixtures.importProject(null);
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).getYear();
        Map<String, Object> lasting = position(project);
        lasting.put("startDate", year + "-01-01");
        lasting.put("endDate", (year + 3) + "-12-31");
        json().body(lasting).post("/api/v1/leadership-positions").then().statusCode(201);
        json().get("/api/v1/projects/" + project + "/outcomes?fiscalYear=" + year)
                .then()
                .body("total.positionsHeld", equalTo(1));
        json().get("/api/v1/projects/" + project + "/outcomes?fiscalYear=" + (year + 2))
                .then()
                .body("total.positionsHeld", equalTo(0));
    }

    @Test
    void aPublicationHasNistCoAuthorsAndAUniqueDoi() throws Exception {
        String doi = "10.6028/NIST.TN." + UUID.randomUUID().toString().substring(0, 8);
        String id = json().body(publication(KUS_2025_01, doi))
                .post("/api/v1/publications")
                .then()
                .statusCode(201)
                .body("nistCoAuthors", equalTo(List.of("Jane Doe")))
                .extract()
                .path("id");
        json().body(publication(KUS_2025_04, doi.toUpperCase()))
                .post("/api/v1/publications")
                .then()
                .statusCode(409);
        // a DOI is compared lower-cased by PostgreSQL, as its unique index is: Java's lower-casing of a final sigma
        // differs, and the look missed a DOI the index then refused (a bare 409 naming the index)
        String greek = "10.6028/ΑΣ" + UUID.randomUUID().toString().substring(0, 8) + "ΑΣ";
        json().body(publication(KUS_2025_04, greek))
                .post("/api/v1/publications")
                .then()
                .statusCode(201);
        json().body(publication(KUS_2025_04, greek))
                .post("/api/v1/publications")
                .then()
                .statusCode(409)
                .body("detail", equalTo("A publication with DOI " + greek + " is recorded already"));
        // at once, each loser gets the same answer as one that came later
        String raced = "10.6028/NIST.TN." + UUID.randomUUID().toString().substring(0, 8);
        List<io.restassured.response.Response> answers = AtOnce.times(
                6, () -> json().body(publication(KUS_2025_04, raced)).post("/api/v1/publications"));
        assertEquals(
                List.of(201, 409, 409, 409, 409, 409),
                answers.stream().map(r -> r.statusCode()).sorted().toList());
        answers.stream()
                .filter(r -> r.statusCode() == 409)
                .forEach(r -> assertEquals(
                        "A publication with DOI " + raced + " is recorded already", r.path("detail"), r.asString()));
        json().body(publication(KUS_2025_04, null))
                .post("/api/v1/publications")
                .then()
                .statusCode(201);
        Map<String, Object> alone = publication(KUS_2025_04, null);
        alone.put("nistCoAuthors", List.of());
        json().body(alone).post("/api/v1/publications").then().statusCode(400);
        json().body(publication(KUS_2025_04, "not-a-doi"))
                .post("/api/v1/publications")
                .then()
                .statusCode(400);
        as(TestTokens.institution(Fixtures.KRISS))
                .header("If-Match", "\"0\"")
                .body(publication(KUS_2025_01, doi))
                .put("/api/v1/publications/" + id)
                .then()
                .statusCode(200);
        as(TestTokens.institution(Fixtures.ETRI))
                .get("/api/v1/publications/" + id)
                .then()
                .statusCode(404);
        Map<String, Object> future = publication(KUS_2025_04, null);
        future.put(
                "publishedOn",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"))
                        .plusDays(2)
                        .toString());
        json().body(future).post("/api/v1/publications").then().statusCode(422).body("rule", equalTo("date-in-future"));
        future.put("publishedOn", "1899-12-31");
        json().body(future)
                .post("/api/v1/publications")
                .then()
                .statusCode(422)
                .body("rule", equalTo("date-before-1900"));
        asRole(Roles.FINANCE_OFFICER)
                .body(publication(KUS_2025_01, null))
                .post("/api/v1/publications")
                .then()
                .statusCode(403);
    }
}

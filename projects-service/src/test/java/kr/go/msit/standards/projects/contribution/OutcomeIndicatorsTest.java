package kr.go.msit.standards.projects.contribution;

import static kr.go.msit.standards.projects.Fixtures.json;
import static kr.go.msit.standards.projects.contribution.ContributionTest.ISO;
import static kr.go.msit.standards.projects.contribution.ContributionTest.THREE_GPP;
import static kr.go.msit.standards.projects.contribution.ContributionTest.contribution;
import static kr.go.msit.standards.projects.contribution.ContributionTest.create;
import static kr.go.msit.standards.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.ProjectsTest;
import kr.go.msit.standards.testsupport.Api;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Indicators are counted from a known set of records, each in the year its stage was reached. */
@QuarkusTest
@ProjectsTest
class OutcomeIndicatorsTest {

    static final String ITU_T = "5b0d0000-0000-4000-8000-000000000004";

    static String program;
    static String quantum;
    static String communications;

    /** The records, once for the class (RestAssured knows the port only from the first test on). */
    @BeforeEach
    void records() {
        if (program != null) {
            return;
        }
        program = Fixtures.createProgram(50_000_000_000L);
        Map<String, Object> a = Fixtures.importBody(null);
        a.put("programId", program);
        quantum = json().body(a)
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> b = Fixtures.importBody(null);
        b.put("programId", program);
        b.put("technologyArea", "NEXT_GENERATION_COMMUNICATIONS");
        b.put("leadInstitutionId", Fixtures.ETRI);
        communications = json().body(b)
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // submitted 2025, adopted 2025, published 2026
        String published = create(contribution(quantum, THREE_GPP, "SUBMITTED", date("2025-03-10")));
        move(published, Map.of("stage", "AGREED", "date", "2025-06-01"));
        move(published, Map.of("stage", "PUBLISHED", "date", "2026-02-01", "standardNumber", "3GPP TR 38.901"));
        // submitted, adopted and withdrawn in 2026
        String withdrawn = create(contribution(quantum, ISO, "10", date("2026-01-05")));
        move(withdrawn, Map.of("stage", "20", "date", "2026-03-01"));
        move(withdrawn, Map.of("stage", "95", "date", "2026-04-01"));
        // without NIST, not accepted
        Map<String, Object> alone = contribution(communications, ITU_T, "SUBMITTED", date("2026-02-02"));
        alone.put("nistCoAuthors", List.of());
        String refused = create(alone);
        move(refused, Map.of("stage", "NOT_ACCEPTED", "date", "2026-03-03"));
        // fast-tracked to publication: adopted when published
        String fast = create(contribution(quantum, THREE_GPP, "SUBMITTED", date("2026-05-05")));
        move(fast, Map.of("stage", "PUBLISHED", "date", "2026-06-06", "standardNumber", "3GPP TS 38.211"));
        // a rapporteur from September 2025 to August 2026: held in both years
        json().body(Map.of(
                        "projectId",
                        quantum,
                        "bodyId",
                        THREE_GPP,
                        "groupName",
                        "3GPP TSG RAN WG1",
                        "role",
                        "RAPPORTEUR",
                        "holderName",
                        "김연구",
                        "startDate",
                        "2025-09-01",
                        "endDate",
                        "2026-08-31"))
                .post("/api/v1/leadership-positions")
                .then()
                .statusCode(201);
        json().body(Map.of(
                        "projectId",
                        quantum,
                        "kind",
                        "PAPER",
                        "title",
                        "Joint channel sounding",
                        "venue",
                        "IEEE TAP",
                        "publishedOn",
                        "2026-04-15",
                        "nistCoAuthors",
                        List.of("Jane Doe")))
                .post("/api/v1/publications")
                .then()
                .statusCode(201);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static void move(String id, Map<String, Object> body) {
        json().body(body).post("/api/v1/contributions/" + id + "/stage").then().statusCode(200);
    }

    @Test
    void aProgramsIndicatorsCountEachRecordInTheYearItsStageWasReached() {
        json().get("/api/v1/programs/" + program + "/outcomes")
                .then()
                .statusCode(200)
                .body("scope", equalTo("PROGRAM"))
                .body("fiscalYear", equalTo(null))
                .body("total.contributionsSubmitted", equalTo(4))
                .body("total.nistCoAuthored", equalTo(3))
                .body("total.workItemsAdopted", equalTo(3))
                .body("total.standardsPublished", equalTo(2))
                .body("total.positionsHeld", equalTo(2))
                .body("total.jointPublications", equalTo(1))
                .body("rows.fiscalYear", equalTo(List.of(2025, 2026, 2026, 2026, 2026)))
                .body(
                        "rows.technologyArea",
                        equalTo(List.of("QUANTUM", "NEXT_GENERATION_COMMUNICATIONS", "QUANTUM", "QUANTUM", "QUANTUM")))
                .body("rows.bodyCode", equalTo(java.util.Arrays.asList("3GPP", "ITU-T", "3GPP", "ISO", null)))
                .body("rows[0].counts.positionsHeld", equalTo(1))
                .body("rows[4].counts.jointPublications", equalTo(1))
                .body("rows[0].counts.standardsPublished", equalTo(0))
                .body("rows[2].counts.standardsPublished", equalTo(2))
                .body("rows[2].counts.workItemsAdopted", equalTo(1))
                .body("rows[1].counts.nistCoAuthored", equalTo(0));
        // published in 2026 counts in 2026 only
        json().get("/api/v1/programs/" + program + "/outcomes?fiscalYear=2025")
                .then()
                .statusCode(200)
                .body("fiscalYear", equalTo(2025))
                .body("total.contributionsSubmitted", equalTo(1))
                .body("total.workItemsAdopted", equalTo(1))
                .body("total.standardsPublished", equalTo(0))
                .body("total.positionsHeld", equalTo(1))
                .body("total.jointPublications", equalTo(0));
        json().get("/api/v1/programs/" + program + "/outcomes?fiscalYear=2026")
                .then()
                .statusCode(200)
                .body("total.contributionsSubmitted", equalTo(3))
                .body("total.standardsPublished", equalTo(2))
                .body("total.positionsHeld", equalTo(1))
                .body("total.jointPublications", equalTo(1));
        json().get("/api/v1/programs/" + program + "/outcomes?fiscalYear=1999")
                .then()
                .statusCode(400);
    }

    @Test
    void aProjectsIndicatorsAndTheInstitutionScope() {
        json().get("/api/v1/projects/" + quantum + "/outcomes?fiscalYear=2026")
                .then()
                .statusCode(200)
                .body("scope", equalTo("PROJECT"))
                .body("rows.bodyCode", equalTo(java.util.Arrays.asList("3GPP", "ISO", null)))
                .body("total.contributionsSubmitted", equalTo(2))
                .body("total.standardsPublished", equalTo(2));
        String kriss = TestTokens.institution(Fixtures.KRISS);
        as(kriss).get("/api/v1/projects/" + communications + "/outcomes").then().statusCode(404);
        as(kriss)
                .get("/api/v1/programs/" + program + "/outcomes")
                .then()
                .statusCode(200)
                .body("total.contributionsSubmitted", equalTo(3));
        as(TestTokens.institution(Fixtures.ETRI))
                .get("/api/v1/programs/" + program + "/outcomes")
                .then()
                .statusCode(200)
                .body("total.contributionsSubmitted", equalTo(1));
        json().get("/api/v1/projects/7d0f3f4e-0000-4000-8000-000000000000/outcomes")
                .then()
                .statusCode(404);
    }

    @Test
    void anAcceptThatRefusesEveryTypeAnOperationAnswersWithIs406() {
        // q=0 is "not acceptable" (RFC 9110); the most specific range decides
        for (String accept : List.of("application/json;q=0", "*/*, application/json;q=0", "application/*;q=0")) {
            json().accept(accept)
                    .get("/api/v1/programs")
                    .then()
                    .statusCode(406)
                    .contentType("application/problem+json");
        }
        json().accept("text/csv;q=0, application/json;q=0.5")
                .get("/api/v1/programs")
                .then()
                .statusCode(200);
        String outcomes = "/api/v1/programs/" + program + "/outcomes";
        json().accept("text/csv;q=0, application/json;q=0").get(outcomes).then().statusCode(406);
        json().accept("application/json;q=0, text/*")
                .get(outcomes)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"));
        json().accept("text/csv;q=0, */*")
                .get(outcomes)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"));
    }

    @Test
    void indicatorsComeAsCsvToo() {
        String csv = Api.csv(json(), "/api/v1/programs/" + program + "/outcomes");
        org.junit.jupiter.api.Assertions.assertTrue(
                csv.contains(
                        "code,fiscalYear,technologyArea,body,contributionsSubmitted,nistCoAuthored,workItemsAdopted,"
                                + "standardsPublished,positionsHeld,jointPublications\r\n"),
                csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(",2026,QUANTUM,3GPP,1,1,1,2,1,0\r\n"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(",TOTAL,TOTAL,,4,3,3,2,2,1\r\n"), csv);
    }
}

package kr.go.msit.standards.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 20's scenario through the gateway against the real services: a KRISS need for joint work on optical clocks
 * gets NIST PML's offer ranked first among several, the match is accepted by both sides and realised as a dispatch,
 * and the need shows as realised in the dossier of the project the dispatch is under.
 */
class CooperationMatchingSystemTest {

    static final String KRISS = "1b57c000-0000-4000-8000-000000000001";
    static final String NIST = "a6e0c000-0000-4000-8000-000000000001";
    static final String BOULDER = "a6e05000-0000-4000-8000-000000000002";
    static final String PML = "a6e0d000-0000-4000-8000-000000000005";
    static final String CTL = "a6e0d000-0000-4000-8000-000000000001";

    @Test
    void aKrissNeedIsMatchedWithNistPmlAndRealisedAsADispatchShownInTheDossier() throws Exception {
        RunningSystem system = RunningSystem.get();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        RequestSpecification kriss = given().baseUri(system.gateway)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .auth()
                .oauth2(system.institutionToken("kriss-user", KRISS));
        String need = kriss.body(Map.of(
                        "institutionId",
                        KRISS,
                        "technologyArea",
                        "QUANTUM",
                        "topicKo",
                        "광격자 시계 비교 공동연구",
                        "topicEn",
                        "Joint comparison of optical lattice clocks",
                        "kind",
                        "JOINT_RESEARCH",
                        "preferredAgencyId",
                        NIST,
                        "preferredUnitId",
                        PML))
                .post("/api/v1/cooperation-needs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        system.as("kriss-user-2", "partnership-officer")
                .post("/api/v1/cooperation-needs/" + need + "/open")
                .then()
                .statusCode(200);
        String pml = offer(system, PML, "QUANTUM", "광격자 시계 비교", "Optical lattice clock comparisons");
        offer(system, CTL, "QUANTUM", "양자 네트워크", "Quantum network testbeds");
        offer(system, CTL, "SEMICONDUCTORS", "반도체 계측", "Wafer metrology");

        List<Map<String, Object>> suggestions = system.as("officer", "partnership-officer")
                .get("/api/v1/cooperation-needs/" + need + "/suggested-offers")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        assertEquals(pml, ((Map<?, ?>) suggestions.get(0).get("offer")).get("id"), "NIST PML's offer comes first");
        assertTrue(((List<?>) suggestions.get(0).get("reasons")).contains("the need's preferred partner unit"));

        String match = system.as("officer", "partnership-officer")
                .body(Map.of("needId", need, "offerId", pml))
                .post("/api/v1/matches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().baseUri(system.gateway)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .auth()
                .oauth2(system.institutionToken("kriss-user", KRISS))
                .body(Map.of("side", "INSTITUTION"))
                .post("/api/v1/matches/" + match + "/accept")
                .then()
                .statusCode(200);
        system.as("officer", "partnership-officer")
                .body(Map.of("side", "PARTNER"))
                .post("/api/v1/matches/" + match + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));

        // a project of its own, whose period holds the dispatch's days (the 8 projects of 2025 end in 2027)
        String project = system.importKrissProject("matching", LocalDate.of(2025, 7, 1), LocalDate.of(2029, 12, 31));
        String dispatch = system.as("officer", "partnership-officer")
                .body(Map.of(
                        "researcher",
                        Map.of(
                                "name",
                                "이연구",
                                "email",
                                "clock-" + UUID.randomUUID() + "@kriss.re.kr",
                                "position",
                                "Senior researcher",
                                "homeInstitutionId",
                                KRISS),
                        "projectId",
                        project,
                        "siteId",
                        BOULDER,
                        "hostUnitId",
                        PML,
                        "hostLaboratory",
                        "Time and Frequency Division",
                        "purpose",
                        "광시계 비교 공동실험",
                        "visaCategory",
                        "J1_RESEARCH_SCHOLAR",
                        "plannedStart",
                        today.plusDays(100).toString(),
                        "plannedEnd",
                        today.plusDays(130).toString()))
                .post("/api/v1/dispatches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        system.as("officer", "partnership-officer")
                .body(Map.of("outcomeKind", "DISPATCH", "outcomeId", dispatch))
                .post("/api/v1/matches/" + match + "/realise")
                .then()
                .statusCode(200)
                .body("status", equalTo("REALISED"));

        system.as("pm", "program-manager")
                .get("/api/v1/dossiers/" + project)
                .then()
                .statusCode(200)
                .body("cooperationNeeds.find { it.id == '" + need + "' }.status", equalTo("REALISED"))
                .body("matches.id", hasItem(match))
                .body("dispatches.id", hasItem(dispatch));
    }

    private static String offer(RunningSystem system, String unit, String area, String ko, String en) {
        return system.as("officer", "partnership-officer")
                .body(Map.of(
                        "unitId",
                        unit,
                        "contactName",
                        "Jane Doe",
                        "topicKo",
                        ko,
                        "topicEn",
                        en,
                        "technologyArea",
                        area,
                        "kinds",
                        List.of("JOINT_RESEARCH"),
                        "openUntil",
                        LocalDate.now(ZoneId.of("Asia/Seoul")).plusYears(1).toString()))
                .post("/api/v1/partner-offers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}

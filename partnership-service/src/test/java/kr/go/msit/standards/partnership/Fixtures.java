package kr.go.msit.standards.partnership;

import static kr.go.msit.standards.testsupport.Api.as;
import static kr.go.msit.standards.testsupport.Api.code;

import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.ProjectsStub;
import kr.go.msit.standards.testsupport.TestTokens;

/** Valid requests and records in the states a test needs, made through the public API only. */
public final class Fixtures {

    public static final String KRISS = "1b57c000-0000-4000-8000-000000000001";
    public static final String KU_SEJONG = "1b57c000-0000-4000-8000-000000000002";
    public static final String ETRI = "1b57c000-0000-4000-8000-000000000003";
    public static final String NIST = "a6e0c000-0000-4000-8000-000000000001";
    public static final String GAITHERSBURG = "a6e05000-0000-4000-8000-000000000001";
    public static final String BOULDER = "a6e05000-0000-4000-8000-000000000002";

    private Fixtures() {}

    /** A JSON request as a partnership officer (subject {@code test-partnership-officer}). */
    public static RequestSpecification json() {
        return as(TestTokens.role(Roles.PARTNERSHIP_OFFICER));
    }

    /** A new institution without any agreement. */
    public static String createInstitution() {
        String code = code("INST");
        return json().body(Map.of("code", code, "nameKo", "시험연구원 " + code, "nameEn", "Test institute " + code))
                .post("/api/v1/institutions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> agreement(
            String institutionId, String instrument, LocalDate effectiveFrom, LocalDate expiresOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("institutionId", institutionId);
        body.put("agencyId", NIST);
        body.put("instrument", instrument);
        body.put("title", "연구협력 양해각서 / Research cooperation " + instrument);
        body.put("counterpartLaboratory", "Physical Measurement Laboratory");
        body.put("counterpartDivision", "Time and Frequency Division");
        body.put("signedOn", effectiveFrom.toString());
        body.put("effectiveFrom", effectiveFrom.toString());
        body.put("expiresOn", expiresOn == null ? null : expiresOn.toString());
        body.put("documentReference", code("DOC"));
        return body;
    }

    /** An ACTIVE agreement of a new or given institution. */
    public static String activeAgreement(
            String institutionId, String instrument, LocalDate effectiveFrom, LocalDate expiresOn) {
        String id = json().body(agreement(institutionId, instrument, effectiveFrom, expiresOn))
                .post("/api/v1/agreements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        json().post("/api/v1/agreements/" + id + "/activate").then().statusCode(200);
        return id;
    }

    /**
     * A dispatch of a researcher (by e-mail) of KRISS to NIST Boulder under {@link ProjectsStub#runningProject()}, whose
     * period holds the days of any test (a dispatch's days lie within its project's period).
     */
    public static Map<String, Object> dispatch(String email, String institutionId, LocalDate start, LocalDate end) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "researcher",
                Map.of(
                        "name",
                        "이연구",
                        "email",
                        email,
                        "position",
                        "Senior researcher",
                        "homeInstitutionId",
                        institutionId));
        body.put("projectId", ProjectsStub.runningProject());
        body.put("siteId", BOULDER);
        body.put("hostLaboratory", "Time and Frequency Division");
        body.put("hostContactName", "Jane Doe");
        body.put("hostContactEmail", "jane.doe@nist.gov");
        body.put("purpose", "광시계 비교 공동실험 / joint optical clock comparison");
        body.put("visaCategory", "J1_RESEARCH_SCHOLAR");
        body.put("plannedStart", start.toString());
        body.put("plannedEnd", end.toString());
        return body;
    }

    public static String email() {
        return code("r").toLowerCase() + "@kriss.re.kr";
    }
}

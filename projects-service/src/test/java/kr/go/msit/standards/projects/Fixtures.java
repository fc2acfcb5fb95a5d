package kr.go.msit.standards.projects;

import static kr.go.msit.standards.testsupport.Api.as;
import static kr.go.msit.standards.testsupport.Api.code;

import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.TestTokens;

/** Builds valid requests and walks records into the states a test needs, through the public API only. */
public final class Fixtures {

    public static final String PROGRAM_2025 = "a0000000-0000-4000-8000-000000002025";
    public static final String CALL_2025 = "a0000001-0000-4000-8000-000000002025";
    public static final String KRISS = "1b57c000-0000-4000-8000-000000000001";
    public static final String KU_SEJONG = "1b57c000-0000-4000-8000-000000000002";
    public static final String ETRI = "1b57c000-0000-4000-8000-000000000003";

    private Fixtures() {}

    /** A JSON request as a program manager (subject {@code test-program-manager}). */
    public static RequestSpecification json() {
        return as(TestTokens.role(Roles.PROGRAM_MANAGER));
    }

    public static Map<String, Object> program(String code, long envelopeKrw) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("nameKo", "시험 사업 " + code);
        body.put("nameEn", "Test program " + code);
        body.put("ministryKo", "과학기술정보통신부");
        body.put("ministryEn", "Ministry of Science and ICT");
        body.put("partnerAgencies", List.of("NIST"));
        body.put("startYear", 2025);
        // a project's period lies within its program's years: long enough for a selection's default start (next
        // month) plus a 36-month call for years to come
        body.put("endYear", 2035);
        body.put("envelopeKrw", envelopeKrw);
        return body;
    }

    public static String createProgram(long envelopeKrw) {
        return json().body(program(code("P"), envelopeKrw))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> call(String programId, String code, long ceilingKrw, long capKrw) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programId", programId);
        body.put("code", code);
        body.put("fiscalYear", 2026);
        body.put("titleKo", "2026년 신규과제 공모");
        body.put("titleEn", "2026 call for new projects");
        body.put("budgetCeilingKrw", ceilingKrw);
        body.put("perProjectCapKrw", capKrw);
        body.put("durationMonths", 36);
        body.put("qualifyingInstruments", List.of("MOU", "LOI"));
        body.put("selectionMode", "OPEN");
        // open for applications from a month ago to a month ahead, in Korea's dates
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"));
        body.put("opensOn", today.minusDays(30).toString());
        body.put("closesOn", today.plusDays(30).toString());
        return body;
    }

    public static String createCall(String programId, long ceilingKrw, long capKrw) {
        return json().body(call(programId, code("C"), ceilingKrw, capKrw))
                .post("/api/v1/calls")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A call in OPEN state, in a new program with room for it. */
    public static String openCall(long ceilingKrw, long capKrw) {
        String call = createCall(createProgram(Math.max(ceilingKrw, 1) * 10), ceilingKrw, capKrw);
        json().post("/api/v1/calls/" + call + "/announce").then().statusCode(200);
        json().post("/api/v1/calls/" + call + "/open").then().statusCode(200);
        return call;
    }

    public static void moveCall(String callId, String... actions) {
        for (String action : actions) {
            json().post("/api/v1/calls/" + callId + "/" + action).then().statusCode(200);
        }
    }

    public static Map<String, Object> application(String callId, String leadInstitutionId, long... amountsFrom2026) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("callId", callId);
        body.put("titleKo", "양자 측정표준 공동연구");
        body.put("titleEn", "Joint research on quantum measurement standards");
        body.put("technologyArea", "QUANTUM");
        body.put("leadInstitutionId", leadInstitutionId);
        body.put("jointInstitutionIds", List.of(ETRI));
        body.put("principalInvestigator", Map.of("name", "김연구", "email", "kim@kriss.re.kr"));
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int i = 0; i < amountsFrom2026.length; i++) {
            lines.add(Map.of("fiscalYear", 2026 + i, "amountKrw", amountsFrom2026[i]));
        }
        body.put("requestedBudget", lines);
        return body;
    }

    public static String createApplication(String callId, long... amounts) {
        return json().body(application(callId, KRISS, amounts))
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static void moveApplication(String applicationId, String... actions) {
        for (String action : actions) {
            json().post("/api/v1/applications/" + applicationId + "/" + action)
                    .then()
                    .statusCode(200);
        }
    }

    /** An application under review in a call under review (the call is closed to new ones). */
    public static String[] applicationsUnderReview(long ceilingKrw, long capKrw, long[]... amounts) {
        String call = openCall(ceilingKrw, capKrw);
        String[] ids = new String[amounts.length + 1];
        ids[0] = call;
        for (int i = 0; i < amounts.length; i++) {
            ids[i + 1] = createApplication(call, amounts[i]);
            moveApplication(ids[i + 1], "submit", "check-eligibility", "start-review");
        }
        moveCall(call, "close", "start-review");
        return ids;
    }

    /** A valid request to import a project led by KRISS, in {@code status} (null for the default). */
    public static Map<String, Object> importBody(String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programId", PROGRAM_2025);
        body.put("code", code("IMP"));
        body.put("fiscalYear", 2025);
        body.put("titleKo", "수입 과제");
        body.put("titleEn", "Imported project");
        body.put("technologyArea", "QUANTUM");
        body.put("leadInstitutionId", KRISS);
        body.put("periodStart", "2025-07-01");
        body.put("periodEnd", "2028-06-30");
        body.put("awardedTotalKrw", 1);
        if (status != null) {
            body.put("status", status);
        }
        return body;
    }

    public static String importProject(String status) {
        return json().body(importBody(status))
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}

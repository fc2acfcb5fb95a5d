package kr.go.msit.standards.funding;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.ProjectsStub;
import kr.go.msit.standards.testsupport.TestTokens;

/** Requests and records with money in them, made through the public API only. */
public final class Money {

    public static final String ENVELOPE = "b0000000-0000-4000-8000-000000002025";
    private static boolean appropriated;

    private Money() {}

    public static RequestSpecification as(String subject, String role) {
        return given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .auth()
                .oauth2(TestTokens.subject(subject, role));
    }

    /** The finance officer who requests (the maker). */
    public static RequestSpecification maker() {
        return as("fo-maker", Roles.FINANCE_OFFICER);
    }

    /** Another finance officer, who approves and pays (the checker). */
    public static RequestSpecification checker() {
        return as("fo-checker", Roles.FINANCE_OFFICER);
    }

    /** Appropriates the whole envelope, 7.5 billion KRW a year, once per test JVM (RestAssured's port is set per test). */
    public static synchronized void appropriateEveryYear() {
        if (appropriated) {
            return;
        }
        appropriated = true;
        for (int year = 2025; year <= 2029; year++) {
            checker()
                    .body(Map.of("amountKrw", 7_500_000_000L))
                    .put("/api/v1/budgets/" + ENVELOPE + "/appropriations/" + year)
                    .then()
                    .statusCode(200);
        }
    }

    /** A new allocation of {@code project} awarding {@code totalKrw}; returns its id. */
    public static String allocation(String project, long totalKrw) {
        return maker().body(Map.of("projectId", project, "totalKrw", totalKrw))
                .post("/api/v1/allocations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Sets the allocation's budget lines; returns their ids in the order the answer lists them. */
    public static List<String> lines(String allocation, List<? extends Map<String, ?>> lines) {
        return maker().body(Map.of("lines", lines))
                .put("/api/v1/allocations/" + allocation + "/lines")
                .then()
                .statusCode(200)
                .extract()
                .path("lines.id");
    }

    /** A new allocation of an ACTIVE project with one FY 2026 PERSONNEL line of {@code lineKrw}; returns the line id. */
    public static String lineOf(long lineKrw) {
        String allocation = allocation(ProjectsStub.activeProject(), lineKrw);
        return lines(allocation, List.of(Map.of("fiscalYear", 2026, "costCategory", "PERSONNEL", "amountKrw", lineKrw)))
                .get(0);
    }

    /** A REQUESTED disbursement by {@code who}; returns its id. */
    public static String request(RequestSpecification who, String line, long amount) {
        return who.header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("lineId", line, "amountKrw", amount, "purpose", "인건비"))
                .post("/api/v1/disbursements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}

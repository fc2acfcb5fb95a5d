package kr.go.msit.standards.funding;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.Api;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Two roles never add up to a power neither has: an {@code auditor} reads everything and changes nothing, so an
 * {@code institution} token that also holds {@code auditor} still moves money for its own institution only.
 */
@QuarkusTest
@FundingTest
class RolePairsTest {

    private static final String KRISS = "1b57c000-0000-4000-8000-000000000001";
    private static final String KU_SEJONG = "1b57c000-0000-4000-8000-000000000002";

    private static RequestSpecification as(String subject, String institution, String... roles) {
        return Api.as(TestTokens.of(subject, institution, roles));
    }

    @Test
    void anInstitutionThatIsAlsoAnAuditorCannotRequestOrCancelAnotherInstitutionsMoney() {
        Money.appropriateEveryYear();
        String krissLine = Money.lineOf(100_000_000L);
        RequestSpecification sejongAuditor = as("sejong-auditor", KU_SEJONG, Roles.INSTITUTION, Roles.AUDITOR);
        sejongAuditor
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("lineId", krissLine, "amountKrw", 1_000L, "purpose", "남의 돈"))
                .post("/api/v1/disbursements")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-line"));

        String krissRequest = Money.request(as("kriss-user", KRISS, Roles.INSTITUTION), krissLine, 1_000L);
        // it may read it (an auditor reads everything), not cancel it
        as("sejong-auditor", KU_SEJONG, Roles.INSTITUTION, Roles.AUDITOR)
                .get("/api/v1/disbursements/" + krissRequest)
                .then()
                .statusCode(200);
        as("sejong-auditor", KU_SEJONG, Roles.INSTITUTION, Roles.AUDITOR)
                .body(Map.of("reason", "남의 요청"))
                .post("/api/v1/disbursements/" + krissRequest + "/cancel")
                .then()
                .statusCode(404);
        as("kriss-user", KRISS, Roles.INSTITUTION)
                .get("/api/v1/disbursements/" + krissRequest)
                .then()
                .statusCode(200)
                .body("status", equalTo("REQUESTED"));
        // a finance officer's role does lift the limit: finance officers act for the whole program
        as("fo-with-institution", KU_SEJONG, Roles.INSTITUTION, Roles.FINANCE_OFFICER)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("lineId", krissLine, "amountKrw", 1_000L, "purpose", "재무 담당"))
                .post("/api/v1/disbursements")
                .then()
                .statusCode(201);
    }
}

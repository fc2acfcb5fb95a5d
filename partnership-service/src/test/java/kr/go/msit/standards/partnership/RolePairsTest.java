package kr.go.msit.standards.partnership;

import static kr.go.msit.standards.partnership.Fixtures.dispatch;
import static kr.go.msit.standards.partnership.Fixtures.email;
import static kr.go.msit.standards.partnership.Fixtures.json;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.Api;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Two roles never add up to a power neither has: an {@code institution} token that also holds {@code auditor} (or
 * {@code program-manager}, who only reads dispatches) plans and cancels dispatches of its own researchers only.
 */
@QuarkusTest
@PartnershipTest
class RolePairsTest {

    private static final String KRISS = "1b57c000-0000-4000-8000-000000000001";
    private static final String KU_SEJONG = "1b57c000-0000-4000-8000-000000000002";

    private static RequestSpecification as(String subject, String institution, String... roles) {
        return Api.as(TestTokens.of(subject, institution, roles));
    }

    @Test
    void anInstitutionWithAReadingRoleCannotPlanOrCancelAnotherInstitutionsDispatch() {
        LocalDate start = LocalDate.now().plusMonths(9);
        for (String second : List.of(Roles.AUDITOR, Roles.PROGRAM_MANAGER)) {
            as("sejong-" + second, KU_SEJONG, Roles.INSTITUTION, second)
                    .body(dispatch(email(), KRISS, start, start.plusDays(10)))
                    .post("/api/v1/dispatches")
                    .then()
                    .statusCode(403);
        }
        String krissDispatch = json().body(dispatch(
                        email(), KRISS, start.plusMonths(1), start.plusMonths(1).plusDays(5)))
                .post("/api/v1/dispatches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String second : List.of(Roles.AUDITOR, Roles.PROGRAM_MANAGER)) {
            as("sejong-" + second, KU_SEJONG, Roles.INSTITUTION, second)
                    .get("/api/v1/dispatches/" + krissDispatch)
                    .then()
                    .statusCode(200);
            as("sejong-" + second, KU_SEJONG, Roles.INSTITUTION, second)
                    .body(Map.of("reason", "남의 파견"))
                    .post("/api/v1/dispatches/" + krissDispatch + "/cancel")
                    .then()
                    .statusCode(404);
        }
        json().get("/api/v1/dispatches/" + krissDispatch).then().statusCode(200).body("status", equalTo("PLANNED"));
    }
}

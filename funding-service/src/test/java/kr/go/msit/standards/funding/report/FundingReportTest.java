package kr.go.msit.standards.funding.report;

import static kr.go.msit.standards.funding.Money.as;
import static kr.go.msit.standards.funding.Money.checker;
import static kr.go.msit.standards.funding.Money.maker;
import static kr.go.msit.standards.funding.Money.request;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.funding.FundingTest;
import kr.go.msit.standards.funding.Money;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.Api;
import kr.go.msit.standards.testsupport.ProjectsStub;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@FundingTest
class FundingReportTest {

    @BeforeEach
    void appropriate() {
        Money.appropriateEveryYear();
    }

    @Test
    void aProjectReportShowsRequestedApprovedPaidAndRemainingPerLineAlsoAsCsv() {
        String project = ProjectsStub.activeProject();
        String allocation = Money.allocation(project, 900L);
        List<String> lines = Money.lines(
                allocation,
                List.of(
                        Map.of("fiscalYear", 2026, "costCategory", "PERSONNEL", "amountKrw", 500L),
                        Map.of("fiscalYear", 2027, "costCategory", "EQUIPMENT", "amountKrw", 400L)));
        request(maker(), lines.get(0), 100L);
        String approved = request(maker(), lines.get(0), 150L);
        checker().post("/api/v1/disbursements/" + approved + "/approve").then().statusCode(200);
        // paid on this year's line: next year's is paid from its 1 January
        String paid = request(maker(), lines.get(0), 50L);
        checker().post("/api/v1/disbursements/" + paid + "/approve").then().statusCode(200);
        checker()
                .body(Map.of("paymentReference", "T-1"))
                .post("/api/v1/disbursements/" + paid + "/pay")
                .then()
                .statusCode(200);

        maker().get("/api/v1/funding-reports/projects/" + project)
                .then()
                .statusCode(200)
                .body("allocatedKrw", equalTo(900))
                .body("plannedKrw", equalTo(900))
                .body("requestedKrw", equalTo(100))
                .body("approvedKrw", equalTo(150))
                .body("paidKrw", equalTo(50))
                .body("remainingKrw", equalTo(600))
                .body("lines[0].remainingKrw", equalTo(200))
                .body("lines[0].paidKrw", equalTo(50))
                .body("lines[1].paidKrw", equalTo(0));
        String csv = Api.csv(maker(), "/api/v1/funding-reports/projects/" + project);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("projectCode,fiscalYear,costCategory,amountKrw"), csv);
        // recoveredKrw is the last column: added after the others, so that a sheet reading them by place still does
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(",2026,PERSONNEL,500,100,150,50,200,0\r\n"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(",TOTAL,,900,100,150,50,600,0\r\n"), csv);
        // an empty Accept asks for nothing in particular: JSON, as without one (it was a 500)
        maker().header("Accept", "")
                .get("/api/v1/funding-reports/projects/" + project)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("paidKrw", equalTo(50));
    }

    @Test
    void theProgramReportTotalsByFiscalYearAndTechnologyArea() {
        maker().get("/api/v1/funding-reports/programs/" + ProjectsStub.PROGRAM_2025)
                .then()
                .statusCode(200)
                .body("envelopeKrw", equalTo(37_500_000_000L))
                .body("appropriatedKrw", equalTo(37_500_000_000L))
                .body("byFiscalYear.fiscalYear", equalTo(List.of(2025, 2026, 2027, 2028, 2029)))
                .body("byTechnologyArea.find { it.technologyArea == 'SEMICONDUCTORS' }.projects", equalTo(2))
                .body(
                        "byTechnologyArea.find { it.technologyArea == 'SEMICONDUCTORS' }.allocatedKrw",
                        equalTo(2_500_000_000L))
                .body("byTechnologyArea.find { it.technologyArea == 'QUANTUM' }.projects", greaterThanOrEqualTo(2));
        maker().accept("text/csv")
                .get("/api/v1/funding-reports/programs/" + ProjectsStub.PROGRAM_2025)
                .then()
                .statusCode(200)
                .body(containsString("technologyArea,SEMICONDUCTORS,,,2500000000,"));
        maker().get("/api/v1/funding-reports/programs/7d0f3f4e-0000-4000-8000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                // a slug, as every 404's resource is
                .body("resource", equalTo("program-budget"));
    }

    @Test
    void aReportWhoseProjectProjectsServiceNoLongerKnowsIsADocumentedProblem() {
        String project = ProjectsStub.activeProject();
        maker().body(Map.of("projectId", project, "totalKrw", 900L))
                .post("/api/v1/allocations")
                .then()
                .statusCode(201);
        ProjectsStub.forget(project);
        maker().get("/api/v1/funding-reports/projects/" + project)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("unknown-project"));
    }

    @Test
    void anInstitutionReadsItsOwnProjectsReportOnly() {
        ProjectsStub.seededProject(4);
        as("inst", Roles.INSTITUTION)
                .get("/api/v1/funding-reports/projects/a0000002-0000-4000-8000-000000000004")
                .then()
                .statusCode(403);
        given(TestTokens.institution("1b57c000-0000-4000-8000-000000000001"))
                .get("/api/v1/funding-reports/projects/a0000002-0000-4000-8000-000000000004")
                .then()
                .statusCode(404)
                .body("resource", equalTo("project-allocation"));
        given(TestTokens.institution("1b57c000-0000-4000-8000-000000000003"))
                .get("/api/v1/funding-reports/projects/a0000002-0000-4000-8000-000000000004")
                .then()
                .statusCode(200)
                .body("projectCode", equalTo("KUS-2025-04"));
        as("v", Roles.VIEWER)
                .get("/api/v1/funding-reports/programs/" + ProjectsStub.PROGRAM_2025)
                .then()
                .statusCode(403);
    }

    private static io.restassured.specification.RequestSpecification given(String token) {
        return io.restassured.RestAssured.given()
                .accept("application/json")
                .auth()
                .oauth2(token);
    }
}

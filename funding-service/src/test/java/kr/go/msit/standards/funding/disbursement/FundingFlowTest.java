package kr.go.msit.standards.funding.disbursement;

import static io.restassured.RestAssured.given;
import static kr.go.msit.standards.funding.Money.as;
import static kr.go.msit.standards.funding.Money.checker;
import static kr.go.msit.standards.funding.Money.lineOf;
import static kr.go.msit.standards.funding.Money.maker;
import static kr.go.msit.standards.funding.Money.request;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.go.msit.standards.funding.FundingTest;
import kr.go.msit.standards.funding.Money;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.Api;
import kr.go.msit.standards.testsupport.PageWalk;
import kr.go.msit.standards.testsupport.ProjectsStub;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Appropriations, allocations, budget lines, disbursements with maker–checker, the ledger and reconciliation. */
@QuarkusTest
@FundingTest
class FundingFlowTest {

    private static final String ENVELOPE = Money.ENVELOPE;
    private static final String KUS_2025_01_ALLOCATION = "a1100000-0000-4000-8000-000000000001";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void appropriateEveryYear() {
        Money.appropriateEveryYear();
    }

    @Test
    void theEnvelopeAndTheEightAllocationsOf2025AreSeededAndAppropriationsStayWithinTheEnvelope() {
        maker().get("/api/v1/budgets/" + ENVELOPE)
                .then()
                .statusCode(200)
                .body("envelopeKrw", equalTo(37_500_000_000L))
                .body("appropriatedKrw", equalTo(37_500_000_000L))
                .body("years.size()", equalTo(5));
        maker().get("/api/v1/allocations/" + KUS_2025_01_ALLOCATION)
                .then()
                .statusCode(200)
                .body("projectCode", equalTo("KUS-2025-01"))
                .body("totalKrw", equalTo(1_250_000_000))
                .body("lines", empty());
        maker().body(Map.of("amountKrw", 7_500_000_001L))
                .put("/api/v1/budgets/" + ENVELOPE + "/appropriations/2027")
                .then()
                .statusCode(422)
                .body("rule", equalTo("appropriations-above-envelope"));
        maker().body(Map.of("amountKrw", 1))
                .put("/api/v1/budgets/" + ENVELOPE + "/appropriations/2031")
                .then()
                .statusCode(422)
                .body("rule", equalTo("year-outside-envelope"));
        as("v", Roles.VIEWER)
                .body(Map.of("amountKrw", 1))
                .put("/api/v1/budgets/" + ENVELOPE + "/appropriations/2027")
                .then()
                .statusCode(403);
    }

    @Test
    void fiscalYearLinesOfKus202501AreEnteredAndADisbursementIsRequestedApprovedAndPaid() {
        ProjectsStub.seededProject(1);
        String line = maker().body(Map.of(
                        "lines",
                        List.of(
                                Map.of("fiscalYear", 2025, "amountKrw", 400_000_000L),
                                Map.of("fiscalYear", 2026, "costCategory", "EQUIPMENT", "amountKrw", 450_000_000L))))
                .put("/api/v1/allocations/" + KUS_2025_01_ALLOCATION + "/lines")
                .then()
                .statusCode(200)
                .body("linesKrw", equalTo(850_000_000))
                .extract()
                .path("lines.find { it.fiscalYear == 2025 }.id");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("lineId", line, "amountKrw", 120_000_000L, "purpose", "1차년도 인건비");
        String id = maker().header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/disbursements")
                .then()
                .statusCode(201)
                .body("status", equalTo("REQUESTED"))
                .body("requestedBy", equalTo("fo-maker"))
                .extract()
                .path("id");
        maker().header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/disbursements")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        maker().header("Idempotency-Key", key)
                .body(Map.of("lineId", line, "amountKrw", 1L, "purpose", "x"))
                .post("/api/v1/disbursements")
                .then()
                .statusCode(422);
        maker().body(body).post("/api/v1/disbursements").then().statusCode(400);
        maker().get("/api/v1/disbursements?lineId=" + line).then().body("total", equalTo(1));

        maker().post("/api/v1/disbursements/" + id + "/approve")
                .then()
                .statusCode(403)
                .body("rule", equalTo("maker-checker"));
        checker()
                .post("/api/v1/disbursements/" + id + "/pay")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("REQUESTED"));
        String approved = checker()
                .post("/api/v1/disbursements/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("approvedBy", equalTo("fo-checker"))
                .extract()
                .header("ETag");
        checker()
                .post("/api/v1/disbursements/" + id + "/pay")
                .then()
                .statusCode(422)
                .body("rule", equalTo("payment-reference-required"));
        // a payment retried with its key gets the first answer again (not a 409 for its own payment), paid once; its
        // If-Match weakened on the way (W/"n", as a proxy may) is the same request
        String payKey = UUID.randomUUID().toString();
        checker()
                .header("Idempotency-Key", payKey)
                .header("If-Match", approved)
                .body(Map.of("paymentReference", "KFTC-2026-000123"))
                .post("/api/v1/disbursements/" + id + "/pay")
                .then()
                .statusCode(200)
                .body("status", equalTo("PAID"));
        checker()
                .header("Idempotency-Key", payKey)
                .header("If-Match", "W/" + approved)
                .body(Map.of("paymentReference", "KFTC-2026-000123"))
                .post("/api/v1/disbursements/" + id + "/pay")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("status", equalTo("PAID"));
        maker().get("/api/v1/allocations/" + KUS_2025_01_ALLOCATION)
                .then()
                .body("lines.find { it.id == '" + line + "' }.paidKrw", equalTo(120_000_000))
                .body("lines.find { it.id == '" + line + "' }.remainingKrw", equalTo(280_000_000));
        as("aud", Roles.AUDITOR)
                .get("/api/v1/ledger?lineId=" + line)
                .then()
                .statusCode(200)
                .body("items.type", equalTo(List.of("PAY")))
                .body("items[0].amountKrw", equalTo(120_000_000))
                .body("items[0].actor", equalTo("fo-checker"));
        as("aud", Roles.AUDITOR)
                .get("/api/v1/ledger/reconciliation")
                .then()
                .statusCode(200)
                .body("clean", equalTo(true))
                .body("differences", empty());
    }

    @Test
    void theMakerIsThePersonTheTokenNamesWhateverUsernameItCarries() {
        String line = lineOf(10_000_000L);
        String id = request(finance("fo-kim", "kim"), line, 1_000_000L);
        finance("fo-kim", "kim.renamed")
                .post("/api/v1/disbursements/" + id + "/approve")
                .then()
                .statusCode(403)
                .body("rule", equalTo("maker-checker"));
        finance("fo-lee", "kim")
                .post("/api/v1/disbursements/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("approvedBy", equalTo("fo-lee"));
    }

    /**
     * Steps of one disbursement at once are taken in turn: one approval, and each other one is told the request is
     * APPROVED. Before, each loser, which had read the request before waiting for its line, had that copy's version
     * checked under the lock: a bare 409 ("changed by another request").
     */
    @Test
    void stepsOfOneDisbursementAtOnceAreTakenInTurn() throws Exception {
        String id = request(maker(), lineOf(10_000_000L), 1_000_000L);
        List<io.restassured.response.Response> answers = kr.go.msit.standards.testsupport.AtOnce.times(
                4, () -> checker().post("/api/v1/disbursements/" + id + "/approve"));
        assertEquals(
                List.of(200, 409, 409, 409),
                answers.stream().map(r -> r.statusCode()).sorted().toList());
        answers.stream()
                .filter(r -> r.statusCode() == 409)
                .forEach(r -> assertEquals("APPROVED", r.path("currentState"), r.asString()));
    }

    /** A finance officer's token whose subject and username ({@code upn}, which SmallRye JWT names a caller by) differ. */
    private static RequestSpecification finance(String subject, String username) {
        Map<String, Object> claims = TestTokens.claims(Roles.FINANCE_OFFICER);
        claims.put("sub", subject);
        claims.put("upn", username);
        return given().contentType(ContentType.JSON).auth().oauth2(TestTokens.sign(claims));
    }

    @Test
    void oneHundredParallelRequestsCannotOverspendALineByOneWon() throws Exception {
        String line = lineOf(500_000_000L);
        String token = TestTokens.subject("fo-maker", Roles.FINANCE_OFFICER);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> requests = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                requests.add(() -> given().contentType(ContentType.JSON)
                        .auth()
                        .oauth2(token)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(Map.of("lineId", line, "amountKrw", 10_000_000L, "purpose", "race"))
                        .post("/api/v1/disbursements")
                        .statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(requests)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(50, statuses.stream().filter(s -> s == 201).count(), "statuses " + statuses);
        assertEquals(50, statuses.stream().filter(s -> s == 422).count(), "statuses " + statuses);
        maker().get("/api/v1/disbursements?lineId=" + line + "&size=200").then().body("total", equalTo(50));
        as("aud", Roles.AUDITOR).get("/api/v1/ledger/reconciliation").then().body("clean", equalTo(true));

        // the 50, walked by cursor 20 at a time, are the pages by number: 20, 20, 10, then no next
        assertEquals(
                50,
                PageWalk.cursorWalkMatchesPages(Money::maker, "/api/v1/disbursements?lineId=" + line, 20, "items.code")
                        .size());
    }

    @Test
    void theLedgerIsWalkedByCursorInTheOrderItWasWritten() {
        // at least the eight seeded OBLIGATE entries: pages of 3 by cursor are the pages by number
        List<Object> ids = PageWalk.cursorWalkMatchesPages(
                () -> as("aud", Roles.AUDITOR), "/api/v1/ledger?type=OBLIGATE", 3, "items.id");
        assertTrue(ids.size() >= 8, "entries " + ids.size());
        as("aud", Roles.AUDITOR)
                .get("/api/v1/ledger?after=zzz")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        // a cursor of another list (keyed by a code, not by the order of writing) is refused too
        String disbursementsCursor = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("1:1:40:KUS-D-000001".getBytes(StandardCharsets.UTF_8));
        as("aud", Roles.AUDITOR)
                .get("/api/v1/ledger?after=" + disbursementsCursor)
                .then()
                .statusCode(400);
    }

    @Test
    void rejectingOrCancellingGivesTheAmountBack() {
        String line = lineOf(100_000_000L);
        String first = request(maker(), line, 100_000_000L);
        maker().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("lineId", line, "amountKrw", 1L, "purpose", "x"))
                .post("/api/v1/disbursements")
                .then()
                .statusCode(422)
                .body("rule", equalTo("line-exceeded"))
                .body("remainingKrw", equalTo(0));
        checker().post("/api/v1/disbursements/" + first + "/reject").then().statusCode(422);
        checker()
                .body(Map.of("reason", "영수증 누락"))
                .post("/api/v1/disbursements/" + first + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        String second = request(maker(), line, 60_000_000L);
        maker().body(Map.of("reason", "duplicate"))
                .post("/api/v1/disbursements/" + second + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        request(maker(), line, 100_000_000L);
    }

    /**
     * The allocation list, by project and by envelope, in the order of the projects' codes; an institution lists the
     * allocations of the projects it leads only (KUS-2025-04's lead is 1b57c000-…-0003 in the seeded data).
     */
    @Test
    void allocationsAreListedByProjectAndEnvelopeAndAnInstitutionListsItsOwn() {
        String project04 = "a0000002-0000-4000-8000-000000000004";
        maker().get("/api/v1/allocations?projectId=" + project04)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].projectCode", equalTo("KUS-2025-04"));
        List<String> codes = maker().get("/api/v1/allocations?envelopeId=" + ENVELOPE + "&size=100")
                .then()
                .statusCode(200)
                .body("items.envelopeId", org.hamcrest.Matchers.everyItem(equalTo(ENVELOPE)))
                .extract()
                .path("items.projectCode");
        assertTrue(codes.containsAll(List.of("KUS-2025-01", "KUS-2025-04", "KUS-2025-08")), codes.toString());
        assertEquals(codes.stream().sorted().toList(), codes, "ordered by project code");
        maker().get("/api/v1/allocations?envelopeId=" + UUID.randomUUID())
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        String lead = "1b57c000-0000-4000-8000-000000000003";
        Api.as(TestTokens.institution(lead))
                .get("/api/v1/allocations")
                .then()
                .statusCode(200)
                .body("items.projectCode", org.hamcrest.Matchers.hasItem("KUS-2025-04"))
                .body("items.leadInstitutionId", org.hamcrest.Matchers.everyItem(equalTo(lead)));
        Api.as(TestTokens.institution(lead))
                .get("/api/v1/allocations?projectId=" + "a0000002-0000-4000-8000-000000000001")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void linesStayWithinTheAwardAndTheAppropriation() {
        String allocation = Money.allocation(ProjectsStub.activeProject(), 100L);
        maker().body(Map.of("lines", List.of(Map.of("fiscalYear", 2026, "amountKrw", 101L))))
                .put("/api/v1/allocations/" + allocation + "/lines")
                .then()
                .statusCode(422)
                .body("rule", equalTo("lines-above-award"));
        // one line per fiscal year and category (absent is ALL): two would leave which one counts to chance
        maker().body(Map.of(
                        "lines",
                        List.of(
                                Map.of("fiscalYear", 2026, "amountKrw", 10L),
                                Map.of("fiscalYear", 2026, "costCategory", "ALL", "amountKrw", 20L))))
                .put("/api/v1/allocations/" + allocation + "/lines")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("lines")));
        maker().body(Map.of("lines", List.of(Map.of("fiscalYear", 2030, "amountKrw", 1L))))
                .put("/api/v1/allocations/" + allocation + "/lines")
                .then()
                .statusCode(422)
                .body("rule", equalTo("year-outside-envelope"));
        String big = Money.allocation(ProjectsStub.activeProject(), 7_600_000_000L);
        maker().body(Map.of("lines", List.of(Map.of("fiscalYear", 2029, "amountKrw", 7_600_000_000L))))
                .put("/api/v1/allocations/" + big + "/lines")
                .then()
                .statusCode(422)
                .body("rule", equalTo("appropriation-exceeded"));
        maker().body(Map.of("projectId", ProjectsStub.activeProject(), "totalKrw", 30_000_000_000L))
                .post("/api/v1/allocations")
                .then()
                .statusCode(422)
                .body("rule", equalTo("envelope-exceeded"));
    }

    @Test
    void budgetLinesHonourIfMatch() {
        String allocation = Money.allocation(ProjectsStub.activeProject(), 100L);
        String first = maker().body(Map.of("lines", List.of(Map.of("fiscalYear", 2026, "amountKrw", 10L))))
                .put("/api/v1/allocations/" + allocation + "/lines")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        maker().body(Map.of("lines", List.of(Map.of("fiscalYear", 2026, "amountKrw", 20L))))
                .put("/api/v1/allocations/" + allocation + "/lines")
                .then()
                .statusCode(200);
        // the first tag is stale now: refused, and nothing written
        maker().header("If-Match", first)
                .body(Map.of("lines", List.of(Map.of("fiscalYear", 2026, "amountKrw", 30L))))
                .put("/api/v1/allocations/" + allocation + "/lines")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        String current = maker().get("/api/v1/allocations/" + allocation)
                .then()
                .statusCode(200)
                .body("lines[0].amountKrw", equalTo(20))
                .extract()
                .header("ETag");
        maker().header("If-Match", current)
                .body(Map.of("lines", List.of(Map.of("fiscalYear", 2026, "amountKrw", 30L))))
                .put("/api/v1/allocations/" + allocation + "/lines")
                .then()
                .statusCode(200)
                .body("lines[0].amountKrw", equalTo(30));
    }

    @Test
    void allocationsNeedAFundableProjectAndFailClosed() {
        String failing = ProjectsStub.activeProject();
        ProjectsStub.fail(failing);
        String slow = ProjectsStub.activeProject();
        ProjectsStub.slow(slow, 3000);
        maker().body(Map.of("projectId", UUID.randomUUID().toString(), "totalKrw", 1L))
                .post("/api/v1/allocations")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-project"));
        maker().body(Map.of("projectId", ProjectsStub.completedProject(), "totalKrw", 1L))
                .post("/api/v1/allocations")
                .then()
                .statusCode(422)
                .body("rule", equalTo("project-not-fundable"));
        maker().body(Map.of("projectId", failing, "totalKrw", 1L))
                .post("/api/v1/allocations")
                .then()
                .statusCode(503)
                .body("dependency", equalTo("projects-service"));
        maker().body(Map.of("projectId", slow, "totalKrw", 1L))
                .post("/api/v1/allocations")
                .then()
                .statusCode(503)
                .body("dependency", equalTo("projects-service"));
        maker().body(Map.of("projectId", ProjectsStub.seededProject(5), "totalKrw", 1L))
                .post("/api/v1/allocations")
                .then()
                .statusCode(409);
    }

    @Test
    void theDatabaseRefusesToChangeLedgerRowsOrOverspendALine() throws SQLException {
        lineOf(1_000L);
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            SQLException update = assertThrows(
                    SQLException.class, () -> s.executeUpdate("UPDATE ledger_entry SET amount_krw = amount_krw + 1"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM ledger_entry"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            SQLException overspend = assertThrows(
                    SQLException.class, () -> s.executeUpdate("UPDATE budget_line SET committed_krw = amount_krw + 1"));
            assertTrue(overspend.getMessage().contains("budget_line_not_overspent"), overspend.getMessage());
        }
    }
}

package kr.go.msit.standards.funding.allocation;

import static kr.go.msit.standards.funding.Money.maker;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.funding.FundingTest;
import kr.go.msit.standards.funding.Money;
import kr.go.msit.standards.testsupport.ProjectsStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Money for a later fiscal year only as the project's evaluations allow it (projects-service's continuation). */
@QuarkusTest
@FundingTest
class ContinuationGateTest {

    @BeforeEach
    void appropriate() {
        Money.appropriateEveryYear();
    }

    /** Sets the allocation's lines ({@code path}) to one line of {@code year}, and answers that line's id. */
    private static String lineOf(String path, int year, long amount) {
        return maker().body(lines(year, amount))
                .put(path)
                .then()
                .statusCode(200)
                .extract()
                .path("lines.find { it.fiscalYear == " + year + " }.id");
    }

    private static Map<String, Object> lines(int year, long amount) {
        return Map.of("lines", List.of(Map.of("fiscalYear", year, "costCategory", "PERSONNEL", "amountKrw", amount)));
    }

    @Test
    void aLaterYearWaitsForADecisionStopsAfterStopAndIsCappedAfterAReduction() {
        String project = ProjectsStub.programProject();
        String allocation = Money.allocation(project, 1_000L);
        String path = "/api/v1/allocations/" + allocation + "/lines";
        // the first year needs no evaluation, and no evaluation caps it
        ProjectsStub.continuation(project, 2025, true, "FIRST_YEAR", 10);
        maker().body(lines(2025, 300)).put(path).then().statusCode(200);
        ProjectsStub.continuation(project, 2026, false, "PENDING", 0);
        maker().body(lines(2026, 200))
                .put(path)
                .then()
                .statusCode(422)
                .body("rule", equalTo("continuation-pending"))
                .body("continuation", equalTo("PENDING"));
        ProjectsStub.continuation(project, 2026, true, "CONTINUE_REDUCED", 160);
        maker().body(lines(2026, 200))
                .put(path)
                .then()
                .statusCode(422)
                .body("rule", equalTo("continuation-cap"))
                .body("capKrw", equalTo(160));
        String line = lineOf(path, 2026, 160);
        ProjectsStub.continuation(project, 2027, false, "STOPPED", 0);
        maker().body(lines(2027, 100)).put(path).then().statusCode(422).body("rule", equalTo("continuation-stopped"));

        // lowering a year asks nothing; requesting money against a year no longer allowed is refused
        ProjectsStub.continuation(project, 2026, false, "PENDING", 0);
        maker().body(lines(2026, 150)).put(path).then().statusCode(200);
        maker().header("Idempotency-Key", "pending-" + line)
                .body(Map.of("lineId", line, "amountKrw", 10L, "purpose", "x"))
                .post("/api/v1/disbursements")
                .then()
                .statusCode(422)
                .body("rule", equalTo("continuation-pending"));
    }

    /**
     * An evaluation decided after the lines were set (CONTINUE_REDUCED) caps what the year's requests commit: the
     * lines had kept their amounts, and a request for the whole line was granted 10 times over the cap.
     */
    @Test
    void requestsForAYearStayWithinTheCapOfAnEvaluationDecidedAfterItsLines() {
        String project = ProjectsStub.programProject();
        String allocation = Money.allocation(project, 1_000L);
        String line = lineOf("/api/v1/allocations/" + allocation + "/lines", 2026, 300);
        ProjectsStub.continuation(project, 2026, true, "CONTINUE_REDUCED", 100);
        java.util.function.IntFunction<io.restassured.response.ValidatableResponse> request =
                amount -> maker().header("Idempotency-Key", "cap-" + line + "-" + amount)
                        .body(Map.of("lineId", line, "amountKrw", (long) amount, "purpose", "x"))
                        .post("/api/v1/disbursements")
                        .then();
        request.apply(60).statusCode(201);
        request.apply(50)
                .statusCode(422)
                .body("rule", equalTo("continuation-cap"))
                .body("capKrw", equalTo(100));
        request.apply(40).statusCode(201);
    }

    /**
     * The cap holds at approval and payment too: a request made before the evaluation reduced the year was approved and
     * paid at ten times the cap (found by probing the running system).
     */
    @Test
    void approvalAndPaymentStayWithinTheCapOfAnEvaluationDecidedAfterTheRequest() {
        String project = ProjectsStub.programProject();
        String allocation = Money.allocation(project, 1_000L);
        String line = lineOf("/api/v1/allocations/" + allocation + "/lines", 2026, 300);
        String approved = Money.request(maker(), line, 80L);
        Money.checker()
                .post("/api/v1/disbursements/" + approved + "/approve")
                .then()
                .statusCode(200);
        String requested = Money.request(maker(), line, 150L);
        ProjectsStub.continuation(project, 2026, true, "CONTINUE_REDUCED", 100);
        // 80 approved and 150 more would be 230 of 100
        Money.checker()
                .post("/api/v1/disbursements/" + requested + "/approve")
                .then()
                .statusCode(422)
                .body("rule", equalTo("continuation-cap"))
                .body("capKrw", equalTo(100));
        ProjectsStub.continuation(project, 2026, true, "CONTINUE_REDUCED", 50);
        java.util.function.Supplier<io.restassured.response.ValidatableResponse> pay = () -> Money.checker()
                .body(Map.of("paymentReference", "CAP-" + approved))
                .post("/api/v1/disbursements/" + approved + "/pay")
                .then();
        pay.get().statusCode(422).body("rule", equalTo("continuation-cap")).body("capKrw", equalTo(50));
        ProjectsStub.continuation(project, 2026, true, "CONTINUE_REDUCED", 100);
        pay.get().statusCode(200).body("status", equalTo("PAID"));
        // what was refused changed nothing: the request still waits, to be rejected or cancelled
        maker().get("/api/v1/disbursements/" + requested).then().body("status", equalTo("REQUESTED"));
    }

    /** Two approvals on two lines of one capped year at once: each counted only its own, and both passed. */
    @Test
    void approvalsOnTwoLinesOfACappedYearAtOnceStayWithinTheCap() throws Exception {
        String project = ProjectsStub.programProject();
        String allocation = Money.allocation(project, 1_000L);
        List<String> lines = maker().body(Map.of(
                        "lines",
                        List.of(
                                Map.of("fiscalYear", 2026, "costCategory", "PERSONNEL", "amountKrw", 300L),
                                Map.of("fiscalYear", 2026, "costCategory", "EQUIPMENT", "amountKrw", 300L))))
                .put("/api/v1/allocations/" + allocation + "/lines")
                .then()
                .statusCode(200)
                .extract()
                .path("lines.findAll { it.fiscalYear == 2026 }.id");
        String first = Money.request(maker(), lines.get(0), 80L);
        String second = Money.request(maker(), lines.get(1), 80L);
        ProjectsStub.continuation(project, 2026, true, "CONTINUE_REDUCED", 100);
        List<Integer> statuses = kr.go.msit.standards.testsupport.AtOnce.all(List.of(
                () -> Money.checker()
                        .post("/api/v1/disbursements/" + first + "/approve")
                        .statusCode(),
                () -> Money.checker()
                        .post("/api/v1/disbursements/" + second + "/approve")
                        .statusCode()));
        org.junit.jupiter.api.Assertions.assertEquals(
                List.of(200, 422), statuses.stream().sorted().toList());
    }

    /** A year past the program's is this service's own refusal, before what projects-service says of it. */
    @Test
    void aCarryOverPastTheProgramsYearsIsRefusedAsSuch() {
        // a project whose period runs to 2030, one year past its program's
        String project = ProjectsStub.activeProject();
        String allocation = Money.allocation(project, 1_000L);
        String line = lineOf("/api/v1/allocations/" + allocation + "/lines", 2029, 300);
        ProjectsStub.continuation(project, 2030, false, "PENDING", 0);
        maker().header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("fromLineId", line, "amountKrw", 50L, "reason", "장비 납기 지연"))
                .post("/api/v1/allocations/" + allocation + "/carry-overs")
                .then()
                .statusCode(422)
                .body("rule", equalTo("year-outside-envelope"));
    }

    @Test
    void aRequestAgainstAYearNotAllowedIsRefusedAndAFailingProjectsServiceIsA503() {
        String project = ProjectsStub.programProject();
        String allocation = Money.allocation(project, 1_000L);
        String path = "/api/v1/allocations/" + allocation + "/lines";
        String line = lineOf(path, 2026, 300);
        ProjectsStub.continuation(project, 2026, false, "STOPPED", 0);
        maker().header("Idempotency-Key", "gate-" + line)
                .body(Map.of("lineId", line, "amountKrw", 10L, "purpose", "x"))
                .post("/api/v1/disbursements")
                .then()
                .statusCode(422)
                .body("rule", equalTo("continuation-stopped"));
        ProjectsStub.failContinuation(project);
        maker().body(lines(2027, 100)).put(path).then().statusCode(503).body("dependency", equalTo("projects-service"));
    }

    @Test
    void aCarryOverIntoALaterYearIsGatedWhenRequestedAndWhenApproved() {
        String project = ProjectsStub.programProject();
        String allocation = Money.allocation(project, 1_000L);
        String line = lineOf("/api/v1/allocations/" + allocation + "/lines", 2025, 300);
        String carryOvers = "/api/v1/allocations/" + allocation + "/carry-overs";
        Map<String, Object> carry = Map.of("fromLineId", line, "amountKrw", 50L, "reason", "장비 납기 지연");
        ProjectsStub.continuation(project, 2026, false, "PENDING", 0);
        maker().header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(carry)
                .post(carryOvers)
                .then()
                .statusCode(422)
                .body("rule", equalTo("continuation-pending"));
        ProjectsStub.continuation(project, 2026, true, "CONTINUE_REDUCED", 40);
        maker().header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(carry)
                .post(carryOvers)
                .then()
                .statusCode(422)
                .body("rule", equalTo("continuation-cap"));
        ProjectsStub.continuation(project, 2026, true, "CONTINUE", 100);
        String requested = maker().header(
                        "Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(carry)
                .post(carryOvers)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // the decision came in between: STOP
        ProjectsStub.continuation(project, 2026, false, "STOPPED", 0);
        Money.checker()
                .post(carryOvers + "/" + requested + "/approve")
                .then()
                .statusCode(422)
                .body("rule", equalTo("continuation-stopped"));
    }

    /**
     * projects-service is asked before any lock of funding's is taken: a carry-over's approval held the allocation's
     * lock (and the program budget's) while it waited for the continuation, and every request on the allocation, a
     * disbursement here, waited with it.
     */
    @Test
    void noLockIsHeldWhileProjectsServiceAnswersForACarryOver() throws Exception {
        String project = ProjectsStub.programProject();
        String allocation = Money.allocation(project, 1_000L);
        String line = lineOf("/api/v1/allocations/" + allocation + "/lines", 2025, 300);
        String carryOvers = "/api/v1/allocations/" + allocation + "/carry-overs";
        String requested = maker().header(
                        "Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("fromLineId", line, "amountKrw", 50L, "reason", "장비 납기 지연"))
                .post(carryOvers)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // the answer takes 2 s (the calls' time limit is 3)
        ProjectsStub.continuation(project, 2026, true, "CONTINUE", 1_000L, 2_000);
        int asked = ProjectsStub.continuationRequests(project, 2026);
        java.util.concurrent.CompletableFuture<Integer> approval =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> Money.checker()
                        .post(carryOvers + "/" + requested + "/approve")
                        .then()
                        .extract()
                        .statusCode());
        // once the approval waits for projects-service's answer, a disbursement on the same allocation
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (ProjectsStub.continuationRequests(project, 2026) == asked && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        maker().header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("lineId", line, "amountKrw", 10L, "purpose", "x"))
                .post("/api/v1/disbursements")
                .then()
                .statusCode(201);
        org.junit.jupiter.api.Assertions.assertFalse(
                approval.isDone(), "the disbursement waited for the approval, which waited for projects-service");
        org.junit.jupiter.api.Assertions.assertEquals(200, approval.get(10, java.util.concurrent.TimeUnit.SECONDS));
    }
}

package kr.go.msit.standards.funding.disbursement;

import static kr.go.msit.standards.funding.Money.as;
import static kr.go.msit.standards.funding.Money.checker;
import static kr.go.msit.standards.funding.Money.maker;
import static kr.go.msit.standards.funding.Money.request;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kr.go.msit.standards.funding.FundingTest;
import kr.go.msit.standards.funding.Money;
import kr.go.msit.standards.funding.project.FundedProjects;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.DatabaseLocks;
import kr.go.msit.standards.testsupport.ProjectsStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules funding-service checks with projects-service at the moment money moves (issue "Rules that hold across
 * services"): no money to a project that is not ACTIVE, at each of request, approval and payment; an award within the
 * project's; budget lines inside its period; projects-service failing is a 503, never a pass. And payment reversal
 * and one payment per payment reference.
 */
@QuarkusTest
@FundingTest
class ProjectStateRulesTest {

    @BeforeEach
    void appropriate() {
        Money.appropriateEveryYear();
    }

    /** A new project like the 2025 ones, an allocation of {@code award} and one 2026 line of it; returns [project, allocation, line]. */
    private static String[] fundedProject(long award) {
        String project = ProjectsStub.programProject();
        String allocation = Money.allocation(project, award);
        String line = Money.lines(allocation, List.of(Map.of("fiscalYear", 2026, "amountKrw", award)))
                .get(0);
        return new String[] {project, allocation, line};
    }

    private static int ledgerEntries(String allocation) {
        return maker().get("/api/v1/ledger?allocationId=" + allocation)
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    @Test
    void aSuspendedProjectGetsNoMoneyAtAnyStepAndAResumedOneDoes() {
        String[] funded = fundedProject(100_000_000L);
        String requested = request(maker(), funded[2], 10_000_000L);
        String approved = request(maker(), funded[2], 20_000_000L);
        checker().post("/api/v1/disbursements/" + approved + "/approve").then().statusCode(200);
        int entries = ledgerEntries(funded[1]);

        ProjectsStub.setStatus(funded[0], "SUSPENDED");
        maker().header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("lineId", funded[2], "amountKrw", 1L, "purpose", "인건비"))
                .post("/api/v1/disbursements")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("project-not-active"))
                .body("projectStatus", equalTo("SUSPENDED"));
        checker()
                .post("/api/v1/disbursements/" + requested + "/approve")
                .then()
                .statusCode(422)
                .body("rule", equalTo("project-not-active"));
        checker()
                .body(Map.of("paymentReference", "BANK-SUSP-" + approved))
                .post("/api/v1/disbursements/" + approved + "/pay")
                .then()
                .statusCode(422)
                .body("rule", equalTo("project-not-active"));
        // nothing written: the states, the line and the ledger are as before
        checker().get("/api/v1/disbursements/" + requested).then().body("status", equalTo("REQUESTED"));
        checker().get("/api/v1/disbursements/" + approved).then().body("status", equalTo("APPROVED"));
        maker().get("/api/v1/allocations/" + funded[1])
                .then()
                .body("lines[0].committedKrw", equalTo(30_000_000))
                .body("lines[0].paidKrw", equalTo(0));
        assertEquals(entries, ledgerEntries(funded[1]));
        // what is open may still be rejected or cancelled
        checker()
                .body(Map.of("reason", "과제 중단"))
                .post("/api/v1/disbursements/" + requested + "/reject")
                .then()
                .statusCode(200);

        ProjectsStub.setStatus(funded[0], "ACTIVE");
        checker()
                .body(Map.of("paymentReference", "BANK-RES-" + approved))
                .post("/api/v1/disbursements/" + approved + "/pay")
                .then()
                .statusCode(200)
                .body("status", equalTo("PAID"));
    }

    @Test
    void aTerminatedOrNotYetActiveProjectGetsNoneEither() {
        for (String state : List.of("TERMINATED", "AGREEMENT_SIGNED", "COMPLETED")) {
            String[] funded = fundedProject(50_000_000L);
            ProjectsStub.setStatus(funded[0], state);
            maker().header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                    .body(Map.of("lineId", funded[2], "amountKrw", 1L, "purpose", "인건비"))
                    .post("/api/v1/disbursements")
                    .then()
                    .statusCode(422)
                    .body("rule", equalTo("project-not-active"))
                    .body("projectStatus", equalTo(state));
        }
    }

    /**
     * A project that has ended (completed, closed, terminated) gets no new money planned either: a budget line may be
     * lowered, to release what it will not spend, never raised nor added (before, a terminated project's lines were
     * raised, only their payment refused).
     */
    @Test
    void anEndedProjectsLinesAreLoweredNeverRaised() {
        for (String state : List.of("TERMINATED", "COMPLETED", "CLOSED")) {
            String project = ProjectsStub.programProject();
            String allocation = Money.allocation(project, 100_000_000L);
            Money.lines(allocation, List.of(Map.of("fiscalYear", 2026, "amountKrw", 50_000_000L)));
            ProjectsStub.setStatus(project, state);
            for (var raise : List.of(
                    List.of(Map.of("fiscalYear", 2026, "amountKrw", 50_000_001L)),
                    List.of(Map.of("fiscalYear", 2026, "costCategory", "EQUIPMENT", "amountKrw", 1L)),
                    List.of(
                            Map.of("fiscalYear", 2026, "amountKrw", 10_000_000L),
                            Map.of("fiscalYear", 2025, "amountKrw", 1L)))) {
                maker().body(Map.of("lines", raise))
                        .put("/api/v1/allocations/" + allocation + "/lines")
                        .then()
                        .statusCode(422)
                        .contentType("application/problem+json")
                        .body("rule", equalTo("project-not-fundable"))
                        .body("projectStatus", equalTo(state));
            }
            maker().body(Map.of("lines", List.of(Map.of("fiscalYear", 2026, "amountKrw", 10_000_000L))))
                    .put("/api/v1/allocations/" + allocation + "/lines")
                    .then()
                    .statusCode(200)
                    .body("lines[0].amountKrw", equalTo(10_000_000));
        }
        // one its evaluation stopped is told so, as continuation answers it, however the money would come
        String stopped = ProjectsStub.programProject();
        String allocation = Money.allocation(stopped, 100_000_000L);
        Money.lines(allocation, List.of(Map.of("fiscalYear", 2026, "amountKrw", 50_000_000L)));
        ProjectsStub.setStatus(stopped, "TERMINATED");
        ProjectsStub.continuation(stopped, 2026, false, "STOPPED", 0);
        maker().body(Map.of("lines", List.of(Map.of("fiscalYear", 2026, "amountKrw", 60_000_000L))))
                .put("/api/v1/allocations/" + allocation + "/lines")
                .then()
                .statusCode(422)
                .body("rule", equalTo("continuation-stopped"));
    }

    @Test
    void projectsServiceFailingIsA503NeverAPass() {
        String[] funded = fundedProject(50_000_000L);
        String approved = request(maker(), funded[2], 1_000_000L);
        checker().post("/api/v1/disbursements/" + approved + "/approve").then().statusCode(200);
        ProjectsStub.fail(funded[0]);
        try {
            checker()
                    .body(Map.of("paymentReference", "BANK-DOWN-" + approved))
                    .post("/api/v1/disbursements/" + approved + "/pay")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("dependency", equalTo("projects-service"));
            maker().header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                    .body(Map.of("lineId", funded[2], "amountKrw", 1L, "purpose", "인건비"))
                    .post("/api/v1/disbursements")
                    .then()
                    .statusCode(503)
                    .body("dependency", equalTo("projects-service"));
            checker().get("/api/v1/disbursements/" + approved).then().body("status", equalTo("APPROVED"));
        } finally {
            ProjectsStub.setStatus(funded[0], "ACTIVE");
        }
    }

    /**
     * Requests, approves and pays 5,000,000 KRW on the project's line, and then says the project was suspended a
     * second before the payment committed (the race window); returns the disbursement.
     */
    private static String paidJustAfterASuspension(String[] funded) {
        String paid = request(maker(), funded[2], 5_000_000L);
        checker().post("/api/v1/disbursements/" + paid + "/approve").then().statusCode(200);
        Instant beforePayment = Instant.now().minusSeconds(1);
        checker()
                .body(Map.of("paymentReference", "BANK-RACE-" + paid))
                .post("/api/v1/disbursements/" + paid + "/pay")
                .then()
                .statusCode(200);
        maker().get("/api/v1/funding-reports/projects/" + funded[0])
                .then()
                .statusCode(200)
                .body("projectStatus", equalTo("ACTIVE"))
                .body("paymentsAfterStop", hasSize(0));
        ProjectsStub.setStatus(funded[0], "SUSPENDED", beforePayment);
        return paid;
    }

    @Test
    void aPaymentThatLandedAfterTheSuspensionIsListedInTheProjectsFundingReport() {
        String[] funded = fundedProject(50_000_000L);
        String paid = paidJustAfterASuspension(funded);
        maker().get("/api/v1/funding-reports/projects/" + funded[0])
                .then()
                .statusCode(200)
                .body("projectStatus", equalTo("SUSPENDED"))
                .body("paymentsAfterStop", hasSize(1))
                .body("paymentsAfterStop[0].disbursementId", equalTo(paid))
                .body("paymentsAfterStop[0].amountKrw", equalTo(5_000_000));
    }

    /**
     * A payment recorded while the project was suspended stays listed when the project moves on, terminated or
     * resumed: the report compared payments with the time of the current state only, and lost it either way.
     */
    @Test
    void aPaymentMadeWhileSuspendedStaysListedWhenTheProjectIsTerminatedOrResumed() {
        for (String next : List.of("TERMINATED", "ACTIVE")) {
            String[] funded = fundedProject(50_000_000L);
            String paid = paidJustAfterASuspension(funded);
            ProjectsStub.setStatus(funded[0], next); // then the project moved on
            maker().get("/api/v1/funding-reports/projects/" + funded[0])
                    .then()
                    .statusCode(200)
                    .body("projectStatus", equalTo(next))
                    .body("paymentsAfterStop", hasSize(1))
                    .body("paymentsAfterStop[0].disbursementId", equalTo(paid));
        }
    }

    @Test
    void anAwardStaysWithinTheProjectsAndLinesWithinItsPeriod() {
        maker().body(Map.of("projectId", ProjectsStub.programProject(), "totalKrw", ProjectsStub.PROJECT_AWARD_KRW + 1))
                .post("/api/v1/allocations")
                .then()
                .statusCode(422)
                .body("rule", equalTo("award-above-project-award"));
        String allocation = maker().body(
                        Map.of("projectId", ProjectsStub.programProject(), "totalKrw", ProjectsStub.PROJECT_AWARD_KRW))
                .post("/api/v1/allocations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // the project runs 2025-01-01 – 2027-12-31: 2028 is inside the program's years, outside the project's
        maker().body(Map.of("lines", List.of(Map.of("fiscalYear", 2028, "amountKrw", 1L))))
                .put("/api/v1/allocations/" + allocation + "/lines")
                .then()
                .statusCode(422)
                .body("rule", equalTo("year-outside-project-period"))
                .body("fiscalYear", equalTo(2028));
        maker().get("/api/v1/allocations/" + allocation).then().body("lines", hasSize(0));
        maker().body(Map.of("lines", List.of(Map.of("fiscalYear", 2027, "amountKrw", 1L))))
                .put("/api/v1/allocations/" + allocation + "/lines")
                .then()
                .statusCode(200);
    }

    @Test
    void nextYearsMoneyIsPaidOnlyOnceItsYearHasBegun() {
        // the stub's program runs to 2029: next year is one of its years until the end of 2028
        int nextYear =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).getYear() + 1;
        String project = ProjectsStub.runningProject();
        ProjectsStub.continuation(project, nextYear, true, "CONTINUE", 50_000_000L);
        String allocation = Money.allocation(project, 50_000_000L);
        String line = Money.lines(allocation, List.of(Map.of("fiscalYear", nextYear, "amountKrw", 50_000_000L)))
                .get(0);
        // asked and approved ahead of the year, as a January payment is prepared in December
        String early = request(maker(), line, 10_000_000L);
        checker().post("/api/v1/disbursements/" + early + "/approve").then().statusCode(200);
        int entries = ledgerEntries(allocation);
        checker()
                .body(Map.of("paymentReference", "BANK-EARLY-" + early))
                .post("/api/v1/disbursements/" + early + "/pay")
                .then()
                .statusCode(422)
                .body("rule", equalTo("fiscal-year-not-begun"))
                .body("fiscalYear", equalTo(nextYear));
        checker().get("/api/v1/disbursements/" + early).then().body("status", equalTo("APPROVED"));
        maker().get("/api/v1/allocations/" + allocation).then().body("lines[0].paidKrw", equalTo(0));
        assertEquals(entries, ledgerEntries(allocation));
    }

    @Test
    void aReturnedPaymentIsReversedOnceByAnotherOfficerAndTheLedgerStaysClean() {
        String[] funded = fundedProject(40_000_000L);
        String paid = request(maker(), funded[2], 8_000_000L);
        checker().post("/api/v1/disbursements/" + paid + "/approve").then().statusCode(200);
        checker()
                .body(Map.of("paymentReference", "BANK-RET-" + paid))
                .post("/api/v1/disbursements/" + paid + "/pay")
                .then()
                .statusCode(200);
        int entries = ledgerEntries(funded[1]);
        // the officer who recorded the payment may not reverse it; a reason is required; a viewer may not at all
        checker()
                .body(Map.of("reason", "수취인 계좌 오류"))
                .post("/api/v1/disbursements/" + paid + "/reverse")
                .then()
                .statusCode(403)
                .body("rule", equalTo("maker-checker"));
        maker().post("/api/v1/disbursements/" + paid + "/reverse")
                .then()
                .statusCode(422)
                .body("rule", equalTo("reason-required"));
        as("v", Roles.VIEWER)
                .body(Map.of("reason", "x"))
                .post("/api/v1/disbursements/" + paid + "/reverse")
                .then()
                .statusCode(403);
        assertEquals(entries, ledgerEntries(funded[1]));

        as("fo-third", Roles.FINANCE_OFFICER)
                .body(Map.of("reason", "은행 반환: 수취인 계좌 오류"))
                .post("/api/v1/disbursements/" + paid + "/reverse")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVERSED"))
                .body("reversedBy", equalTo("fo-third"))
                .body("statusReason", equalTo("은행 반환: 수취인 계좌 오류"));
        maker().get("/api/v1/allocations/" + funded[1])
                .then()
                .body("lines[0].paidKrw", equalTo(0))
                .body("lines[0].committedKrw", equalTo(0));
        assertEquals(entries + 1, ledgerEntries(funded[1]));
        maker().get("/api/v1/ledger?allocationId=" + funded[1] + "&type=REVERSE")
                .then()
                .body("items", hasSize(1))
                .body("items[0].amountKrw", equalTo(8_000_000))
                .body("items[0].disbursementId", equalTo(paid));
        maker().get("/api/v1/ledger/reconciliation").then().statusCode(200).body("clean", equalTo(true));
        // once only
        as("fo-fourth", Roles.FINANCE_OFFICER)
                .body(Map.of("reason", "again"))
                .post("/api/v1/disbursements/" + paid + "/reverse")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("REVERSED"));
        assertEquals(entries + 1, ledgerEntries(funded[1]));
        // the line bears the amount again
        request(maker(), funded[2], 40_000_000L);
    }

    /**
     * The longest reason a reversal admits fits its ledger entry's memo, which also names the payment reference and
     * the disbursement (it was a 500 above 850 characters or so).
     */
    @Test
    void aReversalWithTheLongestReasonIsRecorded() {
        String[] funded = fundedProject(10_000_000L);
        String paid = request(maker(), funded[2], 1_000_000L);
        checker().post("/api/v1/disbursements/" + paid + "/approve").then().statusCode(200);
        checker()
                .body(Map.of("paymentReference", "BANK-LONG-" + "9".repeat(80)))
                .post("/api/v1/disbursements/" + paid + "/pay")
                .then()
                .statusCode(200);
        as("fo-long", Roles.FINANCE_OFFICER)
                .body(Map.of("reason", "반".repeat(1000)))
                .post("/api/v1/disbursements/" + paid + "/reverse")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVERSED"));
    }

    /**
     * A reversal that waited for its line while a settlement of the allocation committed is refused: it reads the
     * allocation again under the line's lock (a settlement holds every line's lock). Read before the wait, the
     * allocation looked open, the reversal gave the settled line its money back and nothing could move it again.
     * The test holds the line's lock itself and settles in its place, so the order is certain.
     */
    @Test
    void aReversalThatWaitedWhileTheAllocationWasSettledIsRefused() throws Exception {
        String[] funded = fundedProject(20_000_000L);
        String paid = request(maker(), funded[2], 5_000_000L);
        checker().post("/api/v1/disbursements/" + paid + "/approve").then().statusCode(200);
        checker()
                .body(Map.of("paymentReference", "BANK-RACE-" + paid))
                .post("/api/v1/disbursements/" + paid + "/pay")
                .then()
                .statusCode(200);
        try (Connection settler = DatabaseLocks.connect("funding")) {
            try (PreparedStatement lock =
                    settler.prepareStatement("SELECT 1 FROM budget_line WHERE id = ?::uuid FOR UPDATE")) {
                lock.setString(1, funded[2]);
                lock.executeQuery();
            }
            CompletableFuture<io.restassured.response.Response> reversal =
                    CompletableFuture.supplyAsync(() -> as("fo-third", Roles.FINANCE_OFFICER)
                            .body(Map.of("reason", "은행 반환"))
                            .post("/api/v1/disbursements/" + paid + "/reverse"));
            DatabaseLocks.awaitWaiting(settler, "funding", 1);
            try (PreparedStatement settle = settler.prepareStatement(
                    "UPDATE allocation SET settled_at = now(), settled_by = 'settler', version = version + 1"
                            + " WHERE id = ?::uuid")) {
                settle.setString(1, funded[1]);
                settle.executeUpdate();
            }
            settler.commit();
            reversal.get(20, TimeUnit.SECONDS).then().statusCode(422).body("rule", equalTo("allocation-settled"));
        }
        maker().get("/api/v1/disbursements/" + paid).then().body("status", equalTo("PAID"));
    }

    /**
     * A payment asks projects-service before it takes its line's lock; when the wait for the lock made that answer
     * stale, it asks again under the lock. Here the project is suspended while the payment waits (the test holds the
     * line's lock): before, the payment went through on the answer it had before the wait.
     */
    @Test
    void aPaymentThatWaitedForItsLineWhileTheProjectWasSuspendedIsRefused() throws Exception {
        String[] funded = fundedProject(20_000_000L);
        String approved = request(maker(), funded[2], 5_000_000L);
        checker().post("/api/v1/disbursements/" + approved + "/approve").then().statusCode(200);
        try (Connection other = DatabaseLocks.connect("funding")) {
            try (PreparedStatement lock =
                    other.prepareStatement("SELECT 1 FROM budget_line WHERE id = ?::uuid FOR UPDATE")) {
                lock.setString(1, funded[2]);
                lock.executeQuery();
            }
            CompletableFuture<io.restassured.response.Response> payment = CompletableFuture.supplyAsync(() -> checker()
                    .body(Map.of("paymentReference", "BANK-WAIT-" + approved))
                    .post("/api/v1/disbursements/" + approved + "/pay"));
            DatabaseLocks.awaitWaiting(other, "funding", 1); // asked (ACTIVE), now waiting for the line
            ProjectsStub.setStatus(funded[0], "SUSPENDED");
            Thread.sleep(FundedProjects.FRESH_FOR.toMillis() + 50);
            other.commit();
            payment.get(20, TimeUnit.SECONDS)
                    .then()
                    .statusCode(422)
                    .body("rule", equalTo("project-not-active"))
                    .body("projectStatus", equalTo("SUSPENDED"));
        } finally {
            ProjectsStub.setStatus(funded[0], "ACTIVE");
        }
        checker().get("/api/v1/disbursements/" + approved).then().body("status", equalTo("APPROVED"));
    }

    /**
     * Two payments of one reference on different lines (different locks) at once: one is recorded, the other is the
     * documented 409 {@code payment-reference-used}, not the unique index's bare conflict. The test holds both lines
     * so that the two go on together.
     */
    @Test
    void twoPaymentsOfOneReferenceAtOnceAreOnePaymentAndTheDocumentedConflict() throws Exception {
        String[] first = fundedProject(10_000_000L);
        String[] second = fundedProject(10_000_000L);
        String a = request(maker(), first[2], 1_000_000L);
        String b = request(maker(), second[2], 1_000_000L);
        checker().post("/api/v1/disbursements/" + a + "/approve").then().statusCode(200);
        checker().post("/api/v1/disbursements/" + b + "/approve").then().statusCode(200);
        String reference = "BANK-TWICE-" + a;
        List<io.restassured.response.Response> answers;
        try (Connection other = DatabaseLocks.connect("funding")) {
            try (PreparedStatement lock =
                    other.prepareStatement("SELECT 1 FROM budget_line WHERE id IN (?::uuid, ?::uuid) FOR UPDATE")) {
                lock.setString(1, first[2]);
                lock.setString(2, second[2]);
                lock.executeQuery();
            }
            // a thread each: the common pool has one thread on two CPUs, and the first payment blocks on its line
            java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
            List<CompletableFuture<io.restassured.response.Response>> payments = List.of(a, b).stream()
                    .map(id -> CompletableFuture.supplyAsync(
                            () -> checker()
                                    .body(Map.of("paymentReference", reference))
                                    .post("/api/v1/disbursements/" + id + "/pay"),
                            two))
                    .toList();
            two.shutdown();
            DatabaseLocks.awaitWaiting(other, "funding", 2);
            other.commit();
            answers = new java.util.ArrayList<>();
            for (CompletableFuture<io.restassured.response.Response> payment : payments) {
                answers.add(payment.get(20, TimeUnit.SECONDS));
            }
        }
        assertEquals(
                List.of(200, 409),
                answers.stream().map(r -> r.statusCode()).sorted().toList());
        answers.stream()
                .filter(r -> r.statusCode() == 409)
                .forEach(r -> r.then().body("rule", equalTo("payment-reference-used")));
    }

    /**
     * A viewer reads the budget's history but not its allocations' changes in it (each project's award): those show
     * only to a finance officer, a program manager and an auditor, who read every allocation.
     */
    @Test
    void aBudgetsHistoryShowsItsAllocationsOnlyToThoseWhoReadThem() {
        fundedProject(10_000_000L);
        String path = "/api/v1/budgets/" + Money.ENVELOPE + "/history?size=200";
        int all = maker().get(path).then().statusCode(200).extract().path("total");
        as("v", Roles.VIEWER)
                .get(path)
                .then()
                .statusCode(200)
                .body("items.resource", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("allocation")))
                .body("total", org.hamcrest.Matchers.lessThan(all));
    }

    @Test
    void aPaymentReferenceIdentifiesOnePayment() {
        String[] funded = fundedProject(30_000_000L);
        String first = request(maker(), funded[2], 1_000_000L);
        String second = request(maker(), funded[2], 2_000_000L);
        checker().post("/api/v1/disbursements/" + first + "/approve").then().statusCode(200);
        checker().post("/api/v1/disbursements/" + second + "/approve").then().statusCode(200);
        String reference = "BANK-ONCE-" + first;
        checker()
                .body(Map.of("paymentReference", reference))
                .post("/api/v1/disbursements/" + first + "/pay")
                .then()
                .statusCode(200);
        int entries = ledgerEntries(funded[1]);
        // spaced, or in other letters' case, it is still that payment's reference
        for (String same : List.of(" " + reference + " ", reference.toLowerCase(java.util.Locale.ROOT))) {
            checker()
                    .body(Map.of("paymentReference", same))
                    .post("/api/v1/disbursements/" + second + "/pay")
                    .then()
                    .statusCode(409)
                    .body("rule", equalTo("payment-reference-used"));
        }
        checker().get("/api/v1/disbursements/" + second).then().body("status", equalTo("APPROVED"));
        assertEquals(entries, ledgerEntries(funded[1]));
    }

    @Test
    void settlingAndDecidingCarryOversHonourIfMatch() {
        String[] funded = fundedProject(20_000_000L);
        String stale = "\"0\"";
        maker().header("If-Match", stale)
                .post("/api/v1/allocations/" + funded[1] + "/settle")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        maker().header("If-Match", stale)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("amountKrw", 1L, "reason", "x"))
                .post("/api/v1/allocations/" + funded[1] + "/deobligations")
                .then()
                .statusCode(412);
        String carryOver = maker().header(
                        "Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("fromLineId", funded[2], "amountKrw", 1_000_000L, "reason", "이월"))
                .post("/api/v1/allocations/" + funded[1] + "/carry-overs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String tag = maker().get("/api/v1/allocations/" + funded[1] + "/carry-overs")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.id == '" + carryOver + "' }.version")
                .toString();
        checker()
                .header("If-Match", "\"" + (Integer.parseInt(tag) + 1) + "\"")
                .body(Map.of("reason", "x"))
                .post("/api/v1/allocations/" + funded[1] + "/carry-overs/" + carryOver + "/reject")
                .then()
                .statusCode(412);
        checker()
                .header("If-Match", "\"" + tag + "\"")
                .body(Map.of("reason", "x"))
                .post("/api/v1/allocations/" + funded[1] + "/carry-overs/" + carryOver + "/reject")
                .then()
                .statusCode(200);
    }
}

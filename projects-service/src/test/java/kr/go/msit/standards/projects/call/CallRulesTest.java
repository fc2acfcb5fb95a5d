package kr.go.msit.standards.projects.call;

import static kr.go.msit.standards.projects.Fixtures.json;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.PartnershipStub;
import kr.go.msit.standards.projects.ProjectsTest;
import kr.go.msit.standards.testsupport.Api;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The call's rules that bind applications (issue "Rules that hold across services"): its dates count, a designated
 * call takes its institutions only, eligibility is bound to its qualifying agencies, and the partner agreement an
 * application names must be one that qualifies; the selected project records it.
 */
@QuarkusTest
@ProjectsTest
class CallRulesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

    /** A call in a new program (partner agency NIST) with the body's fields changed by {@code changes}, created. */
    private static String call(Map<String, Object> changes) {
        String program = Fixtures.createProgram(50_000_000_000L);
        Map<String, Object> body = Fixtures.call(program, Api.code("C"), 1_000_000_000L, 500_000_000L);
        body.putAll(changes);
        return json().body(body)
                .post("/api/v1/calls")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * A call in DRAFT is the program's working copy: an institution or a viewer neither lists nor reads it, nor its
     * history, nor its events in the feed, until it is announced (as CommonGrants publishes no draft); staff do.
     */
    @Test
    void aDraftCallIsNotPublicUntilAnnounced() throws InterruptedException {
        String program = Fixtures.createProgram(10_000_000_000L);
        String call = Fixtures.createCall(program, 5_000_000_000L, 1_000_000_000L);
        var viewer = (java.util.function.Supplier<io.restassured.specification.RequestSpecification>)
                () -> Api.asRole(Roles.VIEWER);
        var institution = (java.util.function.Supplier<io.restassured.specification.RequestSpecification>)
                () -> Api.as(TestTokens.institution(Fixtures.KRISS));
        for (var outsider : List.of(viewer, institution)) {
            outsider.get().get("/api/v1/calls/" + call).then().statusCode(404);
            outsider.get().get("/api/v1/calls/" + call + "/history").then().statusCode(404);
            outsider.get()
                    .get("/api/v1/calls?programId=" + program)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(0));
        }
        // nor by applying to it: to an institution it is a call that does not exist
        institution
                .get()
                .contentType("application/json")
                .body(Fixtures.application(call, Fixtures.KRISS, 100_000_000L))
                .post("/api/v1/applications")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-call"))
                .body("detail", equalTo("Call " + call + " does not exist"));
        // nor through its program's history, which shows its calls' and projects' changes to the staff only
        viewer.get()
                .get("/api/v1/programs/" + program + "/history")
                .then()
                .statusCode(200)
                .body("items.resource", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("call")));
        json().get("/api/v1/programs/" + program + "/history")
                .then()
                .body("items.resource", org.hamcrest.Matchers.hasItem("call"));
        Api.asRole(Roles.AUDITOR).get("/api/v1/calls/" + call).then().statusCode(200);
        Api.asRole(Roles.FINANCE_OFFICER)
                .get("/api/v1/calls?programId=" + program)
                .then()
                .body("total", equalTo(1));
        String feed = "/api/v1/events/projects?subject=" + call;
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (json().get(feed).path("items.size()").equals(0) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        json().get(feed).then().body("items.type", equalTo(List.of("kr.go.msit.kus.call.created")));
        viewer.get().get(feed).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());

        json().post("/api/v1/calls/" + call + "/announce")
                .then()
                .statusCode(200)
                .body("announcedOn", equalTo(TODAY.toString()));
        viewer.get().get("/api/v1/calls/" + call).then().statusCode(200).body("status", equalTo("ANNOUNCED"));
        institution.get().get("/api/v1/calls?programId=" + program).then().body("total", equalTo(1));
        deadline = System.nanoTime() + 10_000_000_000L;
        while (viewer.get().get(feed).path("items.size()").equals(0) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        viewer.get().get(feed).then().body("items.type", equalTo(List.of("kr.go.msit.kus.call.announced")));
    }

    /**
     * A call cancelled while a draft was never announced: it stays as private as a draft (its terms, ceiling and
     * designated institutions were never published), in the API and in the feed. It used to become public with its
     * CANCELLED status. A call announced and then cancelled stays public, with the day it was announced.
     */
    /**
     * A project imported under a call: the call must have been announced. A project is public and names its call, and
     * a call never announced (a draft, or one cancelled as a draft) selected nothing.
     */
    @Test
    void aProjectIsImportedUnderAnAnnouncedCallOnly() {
        String program = Fixtures.createProgram(10_000_000_000L);
        String draft = Fixtures.createCall(program, 2_000_000_000L, 1_000_000_000L);
        String cancelledDraft = Fixtures.createCall(program, 2_000_000_000L, 1_000_000_000L);
        Fixtures.moveCall(cancelledDraft, "cancel");
        String announcedThenCancelled = Fixtures.createCall(program, 2_000_000_000L, 1_000_000_000L);
        Fixtures.moveCall(announcedThenCancelled, "announce", "cancel");
        for (String call : List.of(draft, cancelledDraft)) {
            Map<String, Object> body = Fixtures.importBody(null);
            body.put("programId", program);
            body.put("callId", call);
            json().body(body)
                    .post("/api/v1/projects")
                    .then()
                    .statusCode(422)
                    .body("rule", equalTo("call-not-announced"));
        }
        // said before partnership-service is asked about the lead with the draft's terms (an unknown lead here)
        Map<String, Object> unknownLead = Fixtures.importBody(null);
        unknownLead.put("programId", program);
        unknownLead.put("callId", draft);
        unknownLead.put("leadInstitutionId", java.util.UUID.randomUUID().toString());
        json().body(unknownLead)
                .post("/api/v1/projects")
                .then()
                .statusCode(422)
                .body("rule", equalTo("call-not-announced"));
        json().get("/api/v1/projects?callId=" + draft).then().body("total", equalTo(0));
        Map<String, Object> body = Fixtures.importBody(null);
        body.put("programId", program);
        body.put("callId", announcedThenCancelled);
        json().body(body)
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .body("callId", equalTo(announcedThenCancelled));
    }

    @Test
    void aCallCancelledAsADraftNeverBecomesPublic() throws InterruptedException {
        String program = Fixtures.createProgram(10_000_000_000L);
        String draft = Fixtures.createCall(program, 2_000_000_000L, 1_000_000_000L);
        String announced = Fixtures.createCall(program, 2_000_000_000L, 1_000_000_000L);
        json().post("/api/v1/calls/" + announced + "/announce").then().statusCode(200);
        for (String call : List.of(draft, announced)) {
            json().post("/api/v1/calls/" + call + "/cancel")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("CANCELLED"));
        }
        json().get("/api/v1/calls/" + draft).then().statusCode(200).body("announcedOn", equalTo(null));
        // a fresh request each time: RestAssured keeps a query given in a path on the request it was given to
        List<java.util.function.Supplier<io.restassured.specification.RequestSpecification>> outsiders =
                List.of(() -> Api.asRole(Roles.VIEWER), () -> Api.as(TestTokens.institution(Fixtures.KRISS)));
        for (var asOutsider : outsiders) {
            var outsider = asOutsider.get();
            outsider.get("/api/v1/calls/" + draft).then().statusCode(404);
            outsider.get("/api/v1/calls/" + draft + "/history").then().statusCode(404);
            asOutsider
                    .get()
                    .get("/api/v1/calls?programId=" + program)
                    .then()
                    .statusCode(200)
                    .body("items.id", equalTo(List.of(announced)));
            asOutsider
                    .get()
                    .get("/api/v1/calls/" + announced)
                    .then()
                    .statusCode(200)
                    .body("announcedOn", equalTo(TODAY.toString()));
        }
        String feed = "/api/v1/events/projects?subject=" + draft;
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (json().get(feed).path("items.size()").equals(1) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        json().get(feed)
                .then()
                .body("items.type", equalTo(List.of("kr.go.msit.kus.call.created", "kr.go.msit.kus.call.cancelled")));
        Api.asRole(Roles.VIEWER).get(feed).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aCallOpensOnlyWithItsDatesAndTakesApplicationsOnlyBetweenThem() {
        Map<String, Object> noDates = new java.util.HashMap<>();
        noDates.put("opensOn", null);
        noDates.put("closesOn", null);
        String undated = call(noDates);
        json().post("/api/v1/calls/" + undated + "/announce").then().statusCode(200);
        json().post("/api/v1/calls/" + undated + "/open")
                .then()
                .statusCode(422)
                .body("rule", equalTo("call-dates-required"));

        String future = call(Map.of(
                "opensOn",
                TODAY.plusDays(1).toString(),
                "closesOn",
                TODAY.plusDays(30).toString()));
        Fixtures.moveCall(future, "announce", "open");
        json().body(Fixtures.application(future, Fixtures.KRISS, 100L))
                .post("/api/v1/applications")
                .then()
                .statusCode(422)
                .body("rule", equalTo("outside-call-dates"));
        String past = call(Map.of(
                "opensOn",
                TODAY.minusDays(30).toString(),
                "closesOn",
                TODAY.minusDays(1).toString()));
        Fixtures.moveCall(past, "announce", "open");
        json().body(Fixtures.application(past, Fixtures.KRISS, 100L))
                .post("/api/v1/applications")
                .then()
                .statusCode(422)
                .body("rule", equalTo("outside-call-dates"));
        // today itself counts, at both ends
        String today = call(Map.of("opensOn", TODAY.toString(), "closesOn", TODAY.toString()));
        Fixtures.moveCall(today, "announce", "open");
        String application = Fixtures.createApplication(today, 100L);
        json().post("/api/v1/applications/" + application + "/submit").then().statusCode(200);
    }

    @Test
    void aDesignatedCallTakesApplicationsFromItsInstitutionsOnly() {
        String none = call(Map.of("selectionMode", "DESIGNATED"));
        Fixtures.moveCall(none, "announce");
        json().post("/api/v1/calls/" + none + "/open")
                .then()
                .statusCode(422)
                .body("rule", equalTo("no-designated-institutions"));
        String program = Fixtures.createProgram(50_000_000_000L);
        Map<String, Object> open = Fixtures.call(program, Api.code("C"), 1_000_000_000L, 500_000_000L);
        open.put("designatedInstitutionIds", List.of(Fixtures.KRISS));
        json().body(open)
                .post("/api/v1/calls")
                .then()
                .statusCode(422)
                .body("rule", equalTo("designation-needs-designated-mode"));

        String designated =
                call(Map.of("selectionMode", "DESIGNATED", "designatedInstitutionIds", List.of(Fixtures.KRISS)));
        json().get("/api/v1/calls/" + designated)
                .then()
                .body("designatedInstitutionIds", equalTo(List.of(Fixtures.KRISS)));
        Fixtures.moveCall(designated, "announce", "open");
        json().body(Fixtures.application(designated, Fixtures.KU_SEJONG, 100L))
                .post("/api/v1/applications")
                .then()
                .statusCode(422)
                .body("rule", equalTo("not-designated"));
        Fixtures.createApplication(designated, 100L);
    }

    @Test
    void eligibilityIsBoundToTheCallsQualifyingAgencies() {
        String call = call(Map.of());
        json().get("/api/v1/calls/" + call).then().body("qualifyingAgencies", equalTo(List.of("NIST")));
        Fixtures.moveCall(call, "announce", "open");
        String doeOnly = PartnershipStub.agreementOnlyWith("DOE");
        String application = json().body(Fixtures.application(call, doeOnly, 100L))
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // an MOU with DOE does not make the institution eligible for a NIST program's call
        json().post("/api/v1/applications/" + application + "/submit")
                .then()
                .statusCode(422)
                .body("rule", equalTo("lead-not-eligible"));
        assertEquals(
                List.of("NIST"),
                PartnershipStub.lastRequestFor(doeOnly)
                        .queryParameter("agencyCode")
                        .values());
        // and a call names only agencies its program partners with
        String program = Fixtures.createProgram(50_000_000_000L);
        Map<String, Object> doe = Fixtures.call(program, Api.code("C"), 1_000_000_000L, 500_000_000L);
        doe.put("qualifyingAgencies", List.of("DOE"));
        json().body(doe).post("/api/v1/calls").then().statusCode(422).body("rule", equalTo("agency-not-a-partner"));
    }

    @Test
    void thePartnerAgreementMustQualifyAndTheSelectedProjectRecordsIt() {
        String call = call(Map.of());
        Fixtures.moveCall(call, "announce", "open");
        Map<String, Object> other = Fixtures.application(call, Fixtures.KRISS, 100_000_000L);
        other.put("partnerAgreementId", "7d0f3f4e-0000-4000-8000-0000000000bb");
        String wrong = json().body(other)
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        json().post("/api/v1/applications/" + wrong + "/submit")
                .then()
                .statusCode(422)
                .body("rule", equalTo("partner-agreement-not-qualifying"));

        Map<String, Object> right = Fixtures.application(call, Fixtures.KRISS, 100_000_000L);
        right.put("partnerAgreementId", PartnershipStub.AGREEMENT);
        String application = json().body(right)
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Fixtures.moveApplication(application, "submit", "check-eligibility");
        Fixtures.moveCall(call, "close", "start-review");
        Fixtures.moveApplication(application, "start-review");
        String project = json().post("/api/v1/applications/" + application + "/select")
                .then()
                .statusCode(200)
                .extract()
                .path("projectId");
        json().get("/api/v1/projects/" + project)
                .then()
                .statusCode(200)
                .body("partnerAgreementId", equalTo(PartnershipStub.AGREEMENT));
    }
}

package kr.go.msit.standards.partnership.need;

import static kr.go.msit.standards.partnership.Fixtures.json;
import static kr.go.msit.standards.testsupport.Api.as;
import static kr.go.msit.standards.testsupport.Api.asRole;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.standards.partnership.Fixtures;
import kr.go.msit.standards.partnership.PartnershipTest;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.AtOnce;
import kr.go.msit.standards.testsupport.ProjectsStub;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Cooperation needs, partner offers and the matches between them (협력 수요 연계). */
@QuarkusTest
@PartnershipTest
class CooperationMatchingTest {

    static final String PML = "a6e0d000-0000-4000-8000-000000000005";
    static final String CTL = "a6e0d000-0000-4000-8000-000000000001";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

    static RequestSpecification kriss() {
        return as(TestTokens.institution(Fixtures.KRISS));
    }

    /** An OPEN need of KRISS for joint work on optical clocks, preferring NIST PML. */
    static String openNeed() {
        Map<String, Object> need =
                needBody("광격자 시계 비교 공동연구", "Joint comparison of optical lattice clocks", "JOINT_RESEARCH");
        need.put("preferredAgencyId", Fixtures.NIST);
        need.put("preferredUnitId", PML);
        need.put("wishedFrom", TODAY.plusMonths(3).toString());
        need.put("wishedTo", TODAY.plusMonths(12).toString());
        String id = kriss().body(need)
                .post("/api/v1/cooperation-needs")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("code", org.hamcrest.Matchers.startsWith("NEED-"))
                .extract()
                .path("id");
        kriss().post("/api/v1/cooperation-needs/" + id + "/open")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"));
        return id;
    }

    /** A need's body: KRISS's, in QUANTUM (mutable, so a test can add or change a field). */
    static Map<String, Object> needBody(String ko, String en, String kind) {
        return new HashMap<>(Map.of(
                "institutionId",
                Fixtures.KRISS,
                "technologyArea",
                "QUANTUM",
                "topicKo",
                ko,
                "topicEn",
                en,
                "kind",
                kind));
    }

    static Map<String, Object> offerBody(
            String unit, String area, List<String> kinds, String ko, String en, String openUntil) {
        return Map.of(
                "unitId",
                unit,
                "contactName",
                "Jane Doe",
                "contactEmail",
                "jane.doe@nist.gov",
                "topicKo",
                ko,
                "topicEn",
                en,
                "technologyArea",
                area,
                "kinds",
                kinds,
                "openUntil",
                openUntil);
    }

    static String offer(String unit, String area, List<String> kinds, String ko, String en) {
        return json().body(
                        offerBody(unit, area, kinds, ko, en, TODAY.plusYears(1).toString()))
                .post("/api/v1/partner-offers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String proposedMatch(String need, String offer) {
        return json().body(Map.of("needId", need, "offerId", offer))
                .post("/api/v1/matches")
                .then()
                .statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .extract()
                .path("id");
    }

    static String acceptedMatch(String need, String offer) {
        String match = proposedMatch(need, offer);
        kriss().body(Map.of("side", "INSTITUTION"))
                .post("/api/v1/matches/" + match + "/accept")
                .then()
                .statusCode(200);
        json().body(Map.of("side", "PARTNER"))
                .post("/api/v1/matches/" + match + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        return match;
    }

    @Test
    void aNeedGetsTheBestOfferFirstWithItsReasonsAndTheMatchIsAcceptedByBothSidesAndRealised() {
        String need = openNeed();
        String best = offer(
                PML,
                "QUANTUM",
                List.of("JOINT_RESEARCH", "RESEARCHER_DISPATCH"),
                "광격자 시계 비교",
                "Optical lattice clock comparisons");
        String areaOnly = offer(CTL, "QUANTUM", List.of("WORKSHOP"), "양자 네트워크", "Quantum network testbeds");
        String kindOnly = offer(CTL, "SEMICONDUCTORS", List.of("JOINT_RESEARCH"), "반도체 계측", "Wafer metrology");
        String unitOnly = offer(PML, "DISPLAYS", List.of("WORKSHOP"), "디스플레이 측광", "Display photometry");
        List<Map<String, Object>> suggestions = kriss().get("/api/v1/cooperation-needs/" + need + "/suggested-offers")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        List<String> ours = suggestions.stream()
                .map(s -> (String) ((Map<?, ?>) s.get("offer")).get("id"))
                .filter(List.of(best, areaOnly, kindOnly, unitOnly)::contains)
                .toList();
        assertEquals(best, ((Map<?, ?>) suggestions.get(0).get("offer")).get("id"), "the best fit comes first");
        assertTrue(ours.containsAll(List.of(best, areaOnly, kindOnly, unitOnly)), ours.toString());
        @SuppressWarnings("unchecked")
        List<String> reasons = (List<String>) suggestions.get(0).get("reasons");
        assertTrue(
                reasons.containsAll(List.of(
                        "the need's preferred partner unit",
                        "same technology area (QUANTUM)",
                        "offers JOINT_RESEARCH",
                        "open during the wished period")),
                reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("similar topic")), reasons.toString());
        // an institution does not see the partner contact's e-mail
        assertEquals(null, ((Map<?, ?>) suggestions.get(0).get("offer")).get("contactEmail"));

        String match = proposedMatch(need, best);
        json().body(Map.of("needId", need, "offerId", best))
                .post("/api/v1/matches")
                .then()
                .statusCode(409);
        // each side accepts for itself only
        as(TestTokens.institution(Fixtures.ETRI))
                .body(Map.of("side", "INSTITUTION"))
                .post("/api/v1/matches/" + match + "/accept")
                .then()
                .statusCode(404);
        // refused as every 403 is (one problem type), not as a bare HTTP status
        json().body(Map.of("side", "INSTITUTION"))
                .post("/api/v1/matches/" + match + "/accept")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://standards.msit.go.kr/problems/forbidden"));
        kriss().body(Map.of("side", "PARTNER"))
                .post("/api/v1/matches/" + match + "/accept")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://standards.msit.go.kr/problems/forbidden"));
        kriss().body(Map.of("side", "INSTITUTION"))
                .post("/api/v1/matches/" + match + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("institutionAcceptedAt", notNullValue());
        json().body(Map.of("side", "PARTNER"))
                .post("/api/v1/matches/" + match + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        kriss().get("/api/v1/cooperation-needs/" + need).then().body("status", equalTo("MATCHED"));

        // realised as a dispatch of the need's institution, checked here
        Map<String, Object> dispatch =
                Fixtures.dispatch(Fixtures.email(), Fixtures.ETRI, TODAY.plusDays(80), TODAY.plusDays(90));
        String etris = json().body(dispatch)
                .post("/api/v1/dispatches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        json().body(Map.of("outcomeKind", "DISPATCH", "outcomeId", etris))
                .post("/api/v1/matches/" + match + "/realise")
                .then()
                .statusCode(422)
                .body("rule", equalTo("outcome-not-the-institutions"));
        // to the need's institution another institution's dispatch is as unknown as no dispatch at all
        kriss().body(Map.of("outcomeKind", "DISPATCH", "outcomeId", etris))
                .post("/api/v1/matches/" + match + "/realise")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-outcome"))
                .body("detail", equalTo("No dispatch " + etris));
        json().body(Map.of("outcomeKind", "DISPATCH", "outcomeId", need))
                .post("/api/v1/matches/" + match + "/realise")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-outcome"));
        // a dispatch cancelled is not what came of the match
        String cancelled = json().body(
                        Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, TODAY.plusDays(60), TODAY.plusDays(70)))
                .post("/api/v1/dispatches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        json().body(Map.of("reason", "일정 취소"))
                .post("/api/v1/dispatches/" + cancelled + "/cancel")
                .then()
                .statusCode(200);
        json().body(Map.of("outcomeKind", "DISPATCH", "outcomeId", cancelled))
                .post("/api/v1/matches/" + match + "/realise")
                .then()
                .statusCode(422)
                .body("rule", equalTo("outcome-did-not-happen"));
        String own = json().body(
                        Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, TODAY.plusDays(80), TODAY.plusDays(90)))
                .post("/api/v1/dispatches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        json().body(Map.of("outcomeKind", "DISPATCH", "outcomeId", own))
                .post("/api/v1/matches/" + match + "/realise")
                .then()
                .statusCode(200)
                .body("status", equalTo("REALISED"))
                .body("outcomeId", equalTo(own));
        kriss().get("/api/v1/cooperation-needs/" + need).then().body("status", equalTo("REALISED"));
        asRole(Roles.AUDITOR)
                .get("/api/v1/matches/" + match + "/history")
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("create", "accept-institution", "accept-partner", "realise")));
        // the need's own moves, made by its match, are in its own history
        asRole(Roles.AUDITOR)
                .get("/api/v1/cooperation-needs/" + need + "/history")
                .then()
                .statusCode(200)
                .body("items.action", hasItems("create", "open", "matched", "realised"));
        json().get("/api/v1/matches/summary")
                .then()
                .statusCode(200)
                .body("year", equalTo(TODAY.getYear()))
                .body("realisedMatches", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("openOffers.technologyArea", hasItem("QUANTUM"));
        as(TestTokens.institution(Fixtures.ETRI))
                .get("/api/v1/matches/summary")
                .then()
                .statusCode(200)
                .body("openNeeds.size()", equalTo(0))
                .body("realisedMatches", equalTo(0));
        json().get("/api/v1/matches/summary?year=1999").then().statusCode(400);
    }

    @Test
    void aMatchIsRealisedAsAnAgreementAWorkshopOrAProjectAskedOfProjectsService() {
        String offer = offer(PML, "QUANTUM", List.of("JOINT_RESEARCH"), "시계", "Clocks");
        String agreement = Fixtures.activeAgreement(Fixtures.KRISS, "MOU", TODAY.minusDays(10), TODAY.plusYears(2));
        json().body(Map.of("outcomeKind", "AGREEMENT", "outcomeId", agreement))
                .post("/api/v1/matches/" + acceptedMatch(openNeed(), offer) + "/realise")
                .then()
                .statusCode(200);
        String workshop = json().body(Map.of(
                        "titleKo",
                        "연찬회",
                        "titleEn",
                        "Workshop",
                        "startsOn",
                        TODAY.plusDays(30).toString(),
                        "endsOn",
                        TODAY.plusDays(31).toString(),
                        "place",
                        "NIST Boulder",
                        "coHosts",
                        List.of("NIST"),
                        "agenda",
                        List.of()))
                .post("/api/v1/workshops")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        json().body(Map.of("outcomeKind", "WORKSHOP", "outcomeId", workshop))
                .post("/api/v1/matches/" + acceptedMatch(openNeed(), offer) + "/realise")
                .then()
                .statusCode(200);

        String match = acceptedMatch(openNeed(), offer);
        json().body(Map.of("outcomeKind", "PROJECT", "outcomeId", "7d0f3f4e-0000-4000-8000-000000000000"))
                .post("/api/v1/matches/" + match + "/realise")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-project"));
        String project = ProjectsStub.activeProject();
        ProjectsStub.fail(project);
        json().body(Map.of("outcomeKind", "PROJECT", "outcomeId", project))
                .post("/api/v1/matches/" + match + "/realise")
                .then()
                .statusCode(503)
                .body("dependency", equalTo("projects-service"));
        json().get("/api/v1/matches/" + match).then().body("status", equalTo("ACCEPTED"));
        ProjectsStub.setStatus(project, "ACTIVE");
        json().body(Map.of("outcomeKind", "PROJECT", "outcomeId", project))
                .post("/api/v1/matches/" + match + "/realise")
                .then()
                .statusCode(200)
                .body("outcomeKind", equalTo("PROJECT"));
    }

    @Test
    void declinedAndWithdrawnMatchesAndClosedNeedsAndOffers() {
        String need = openNeed();
        String offer = offer(PML, "QUANTUM", List.of("JOINT_RESEARCH"), "시계", "Clocks");
        String proposed = proposedMatch(need, offer);
        kriss().post("/api/v1/matches/" + proposed + "/decline")
                .then()
                .statusCode(422)
                .body("rule", equalTo("reason-required"));
        kriss().body(Map.of("reason", "일정 불일치"))
                .post("/api/v1/matches/" + proposed + "/decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
        String accepted = acceptedMatch(need, offer);
        json().body(Map.of("reason", "연구 중단"))
                .post("/api/v1/matches/" + accepted + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        kriss().get("/api/v1/cooperation-needs/" + need).then().body("status", equalTo("OPEN"));
        json().body(Map.of("reason", "x"))
                .post("/api/v1/matches/" + accepted + "/withdraw")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("WITHDRAWN"));
        kriss().post("/api/v1/cooperation-needs/" + need + "/close")
                .then()
                .statusCode(422)
                .body("rule", equalTo("reason-required"));
        kriss().body(Map.of("reason", "lapsed"))
                .post("/api/v1/cooperation-needs/" + need + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        json().body(Map.of("needId", need, "offerId", offer))
                .post("/api/v1/matches")
                .then()
                .statusCode(422)
                .body("rule", equalTo("need-not-open"));
        // a reason is kept stripped, as every step keeps it
        json().body(Map.of("reason", "  filled\n"))
                .post("/api/v1/partner-offers/" + offer + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("statusReason", equalTo("filled"));
        json().body(Map.of("needId", openNeed(), "offerId", offer))
                .post("/api/v1/matches")
                .then()
                .statusCode(422)
                .body("rule", equalTo("offer-not-open"));
        // a closed need's matches are over: neither accepted nor realised, and the need stays closed
        String closing = openNeed();
        String live = offer(PML, "QUANTUM", List.of("JOINT_RESEARCH"), "시계", "Clocks");
        String match = proposedMatch(closing, live);
        kriss().body(Map.of("reason", "withdrawn"))
                .post("/api/v1/cooperation-needs/" + closing + "/close")
                .then()
                .statusCode(200);
        kriss().body(Map.of("side", "INSTITUTION"))
                .post("/api/v1/matches/" + match + "/accept")
                .then()
                .statusCode(422)
                .body("rule", equalTo("need-closed"));
        kriss().get("/api/v1/cooperation-needs/" + closing).then().body("status", equalTo("CLOSED"));
        // nor are a closed offer's: the partner's interest is withdrawn (before, both sides still accepted)
        String waiting = proposedMatch(openNeed(), live);
        json().body(Map.of("reason", "filled"))
                .post("/api/v1/partner-offers/" + live + "/close")
                .then()
                .statusCode(200);
        for (var side : List.of(kriss().body(Map.of("side", "INSTITUTION")), json().body(Map.of("side", "PARTNER")))) {
            side.post("/api/v1/matches/" + waiting + "/accept")
                    .then()
                    .statusCode(422)
                    .body("rule", equalTo("offer-closed"));
        }
        json().get("/api/v1/matches/" + waiting).then().body("status", equalTo("PROPOSED"));
        // references in a body that do not exist are 422, and dates no record can hold are 400
        json().body(Map.of("needId", "00000000-0000-4000-8000-00000000dead", "offerId", live))
                .post("/api/v1/matches")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-need"));
        json().body(Map.of("needId", openNeed(), "offerId", "00000000-0000-4000-8000-00000000dead"))
                .post("/api/v1/matches")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-offer"));
        Map<String, Object> impossible = needBody("k", "e", "WORKSHOP");
        impossible.put("wishedFrom", "-999999999-01-01");
        kriss().body(impossible)
                .post("/api/v1/cooperation-needs")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("wishedFrom"));
        json().body(offerBody(
                        PML,
                        "QUANTUM",
                        List.of("WORKSHOP"),
                        "x",
                        "x",
                        TODAY.minusDays(1).toString()))
                .post("/api/v1/partner-offers")
                .then()
                .statusCode(422)
                .body("rule", equalTo("open-until-past"));
    }

    /**
     * The last two accepted matches of a need withdrawn at once leave it OPEN: each withdrawal takes the need's lock
     * before it counts what is still accepted, so the second sees the first. Counted without that lock, each saw the
     * other's match still accepted, and the need stayed MATCHED with none (and could no longer be edited).
     */
    @Test
    void twoMatchesWithdrawnAtOnceLeaveTheirNeedOpen() throws Exception {
        String offer = offer(PML, "QUANTUM", List.of("JOINT_RESEARCH"), "시계", "Clocks");
        String other = offer(CTL, "QUANTUM", List.of("JOINT_RESEARCH"), "네트워크", "Networks");
        List<String> needs = new java.util.ArrayList<>();
        List<String[]> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String need = openNeed();
            needs.add(need);
            pairs.add(new String[] {acceptedMatch(need, offer), acceptedMatch(need, other)});
        }
        List<java.util.concurrent.Callable<Integer>> withdrawals = new java.util.ArrayList<>();
        for (String[] pair : pairs) {
            for (String match : pair) {
                withdrawals.add(() -> json().body(Map.of("reason", "동시 철회"))
                        .post("/api/v1/matches/" + match + "/withdraw")
                        .statusCode());
            }
        }
        assertEquals(java.util.Collections.nCopies(12, 200), AtOnce.all(withdrawals));
        for (String need : needs) {
            kriss().get("/api/v1/cooperation-needs/" + need).then().body("status", equalTo("OPEN"));
        }
    }

    /**
     * Two matches of one need realised at once, one as a project (asked of projects-service, which answers slowly here)
     * and one as an agreement, are both realised. The first read the need before asking projects-service and locked
     * it after, with the version it had read: the other's realisation had changed the need meanwhile, and it was 409.
     */
    @Test
    void twoMatchesOfOneNeedRealisedAtOnceAreBothRealised() throws Exception {
        String need = openNeed();
        String viaProject = acceptedMatch(need, offer(PML, "QUANTUM", List.of("JOINT_RESEARCH"), "시계", "Clocks"));
        String viaAgreement = acceptedMatch(need, offer(CTL, "QUANTUM", List.of("JOINT_RESEARCH"), "네트워크", "Networks"));
        String agreement = Fixtures.activeAgreement(Fixtures.KRISS, "MOU", TODAY.minusDays(10), TODAY.plusYears(2));
        String project = ProjectsStub.activeProject();
        ProjectsStub.slow(project, 400); // within the client's 500 ms in tests
        java.util.concurrent.CompletableFuture<Integer> slow = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> json().body(Map.of("outcomeKind", "PROJECT", "outcomeId", project))
                        .post("/api/v1/matches/" + viaProject + "/realise")
                        .statusCode());
        Thread.sleep(100); // the first is waiting for projects-service
        json().body(Map.of("outcomeKind", "AGREEMENT", "outcomeId", agreement))
                .post("/api/v1/matches/" + viaAgreement + "/realise")
                .then()
                .statusCode(200);
        assertEquals(200, slow.get(30, java.util.concurrent.TimeUnit.SECONDS));
        json().get("/api/v1/matches/" + viaProject).then().body("status", equalTo("REALISED"));
        kriss().get("/api/v1/cooperation-needs/" + need).then().body("status", equalTo("REALISED"));
    }

    @Test
    void institutionsSeeTheirOwnNeedsAndMatchesOthersReadOrRecordThem() {
        String need = openNeed();
        offer(PML, "QUANTUM", List.of("WORKSHOP"), "시계", "Clocks");
        String etri = TestTokens.institution(Fixtures.ETRI);
        // another institution's need and no need at all answer the same 404: ids do not leak
        String someonesElse = as(etri).get("/api/v1/cooperation-needs/" + need)
                .then()
                .statusCode(404)
                .extract()
                .path("resource");
        assertEquals(
                someonesElse,
                as(etri).get("/api/v1/cooperation-needs/00000000-0000-4000-8000-00000000dead")
                        .then()
                        .statusCode(404)
                        .extract()
                        .path("resource"));
        as(etri).get("/api/v1/cooperation-needs?size=200")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(need)));
        kriss().get("/api/v1/cooperation-needs?size=200").then().statusCode(200).body("items.id", hasItem(need));
        as(etri).body(Map.of("reason", "x"))
                .post("/api/v1/cooperation-needs/" + need + "/close")
                .then()
                .statusCode(404);
        String draft = kriss().body(needBody("초안", "Draft", "WORKSHOP"))
                .post("/api/v1/cooperation-needs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(etri).post("/api/v1/cooperation-needs/" + draft + "/open").then().statusCode(404);
        Map<String, Object> changed = needBody("초안 수정", "Draft, changed", "MEASUREMENT_COMPARISON");
        as(etri).body(changed).put("/api/v1/cooperation-needs/" + draft).then().statusCode(404);
        kriss().header("If-Match", "\"0\"")
                .body(changed)
                .put("/api/v1/cooperation-needs/" + draft)
                .then()
                .statusCode(200)
                .body("kind", equalTo("MEASUREMENT_COMPARISON"))
                .body("version", equalTo(1));
        changed.put("institutionId", Fixtures.ETRI);
        json().body(changed)
                .put("/api/v1/cooperation-needs/" + draft)
                .then()
                .statusCode(422)
                .body("rule", equalTo("institution-fixed"));
        String match = proposedMatch(need, offer(PML, "QUANTUM", List.of("WORKSHOP"), "시계", "Clocks"));
        as(etri).body(Map.of("reason", "x"))
                .post("/api/v1/matches/" + match + "/decline")
                .then()
                .statusCode(404);
        as(etri).body(Map.of("reason", "x"))
                .post("/api/v1/matches/" + match + "/withdraw")
                .then()
                .statusCode(404);
        as(etri).body(Map.of("outcomeKind", "WORKSHOP", "outcomeId", need))
                .post("/api/v1/matches/" + match + "/realise")
                .then()
                .statusCode(404);
        as(etri).get("/api/v1/matches?size=200").then().statusCode(200).body("items.id", not(hasItem(match)));
        kriss().get("/api/v1/matches?needId=" + need).then().statusCode(200).body("items.id", hasItem(match));
        asRole(Roles.PROGRAM_MANAGER)
                .get("/api/v1/cooperation-needs/" + need)
                .then()
                .statusCode(200);
        asRole(Roles.PROGRAM_MANAGER)
                .body(needBody("x", "x", "WORKSHOP"))
                .post("/api/v1/cooperation-needs")
                .then()
                .statusCode(403);
        as(etri).body(needBody("x", "x", "WORKSHOP"))
                .post("/api/v1/cooperation-needs")
                .then()
                .statusCode(403);
        kriss().body(offerBody(PML, "QUANTUM", List.of("WORKSHOP"), "x", "x", TODAY.toString()))
                .post("/api/v1/partner-offers")
                .then()
                .statusCode(403);
        Map<String, Object> wrongUnit = needBody("x", "x", "WORKSHOP");
        wrongUnit.put("preferredUnitId", PML);
        json().body(wrongUnit)
                .post("/api/v1/cooperation-needs")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-unit"));
        Map<String, Object> wrongAgency = needBody("x", "x", "WORKSHOP");
        wrongAgency.put("preferredAgencyId", UUID.randomUUID());
        json().body(wrongAgency)
                .post("/api/v1/cooperation-needs")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-agency")); // as every operation answers a missing agency
        json().get("/api/v1/partner-offers?status=OPEN&size=200")
                .then()
                .statusCode(200)
                .body("items.contactEmail", hasItems("jane.doe@nist.gov"));
    }

    @Test
    void anOffersHistoryLeavesTheContactsEmailOutAsItsViewDoes() {
        String offer = offer(PML, "QUANTUM", List.of("WORKSHOP"), "이력", "history");
        kriss().get("/api/v1/partner-offers/" + offer)
                .then()
                .statusCode(200)
                .body("contactEmail", org.hamcrest.Matchers.nullValue());
        String history = kriss().get("/api/v1/partner-offers/" + offer + "/history")
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("create"))
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertFalse(history.contains("jane.doe@nist.gov"), history);
    }
}

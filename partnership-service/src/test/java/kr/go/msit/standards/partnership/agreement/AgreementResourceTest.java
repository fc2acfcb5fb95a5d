package kr.go.msit.standards.partnership.agreement;

import static kr.go.msit.standards.partnership.Fixtures.json;
import static kr.go.msit.standards.testsupport.Api.as;
import static kr.go.msit.standards.testsupport.Api.asRole;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.partnership.Fixtures;
import kr.go.msit.standards.partnership.PartnershipTest;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.Api;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PartnershipTest
class AgreementResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

    @Test
    void nistAndItsSitesAreSeededAndNewAgenciesAreData() {
        asRole(Roles.VIEWER)
                .get("/api/v1/partner-agencies/" + Fixtures.NIST)
                .then()
                .statusCode(200)
                .body("code", equalTo("NIST"))
                .body("sites.code", equalTo(List.of("BOULDER", "GAITHERSBURG")))
                .body("sites.find { it.code == 'BOULDER' }.region", equalTo("CO"));
        String code = Api.code("DOE");
        String doe = json().body(Map.of("code", code, "nameEn", "U.S. Department of Energy", "country", "US"))
                .post("/api/v1/partner-agencies")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .extract()
                .path("id");
        json().body(Map.of(
                        "code", "ORNL", "name", "Oak Ridge National Laboratory", "city", "Oak Ridge", "region", "TN"))
                .post("/api/v1/partner-agencies/" + doe + "/sites")
                .then()
                .statusCode(200)
                .body("sites.code", equalTo(List.of("ORNL")))
                .body("version", equalTo(1));
        json().body(Map.of("code", "ORNL", "name", "again", "city", "Oak Ridge"))
                .post("/api/v1/partner-agencies/" + doe + "/sites")
                .then()
                .statusCode(409);
        json().header("If-Match", "\"0\"")
                .body(Map.of("code", "ANL", "name", "Argonne", "city", "Lemont"))
                .post("/api/v1/partner-agencies/" + doe + "/sites")
                .then()
                .statusCode(412);
        json().header("If-Match", "\"1\"")
                .body(Map.of("code", "ANL", "name", "Argonne", "city", "Lemont"))
                .post("/api/v1/partner-agencies/" + doe + "/sites")
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        json().body(Map.of("code", code, "nameEn", "dup", "country", "US"))
                .post("/api/v1/partner-agencies")
                .then()
                .statusCode(409);
        asRole(Roles.VIEWER)
                .body(Map.of("code", "NSF", "nameEn", "NSF", "country", "US"))
                .post("/api/v1/partner-agencies")
                .then()
                .statusCode(403);
        json().body(Map.of("code", "nsf", "nameEn", "", "country", "USA"))
                .post("/api/v1/partner-agencies")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("code", "country", "nameEn")));
    }

    @Test
    void institutionsAreCreatedAndUpdatedByPartnershipOfficers() {
        String id = Fixtures.createInstitution();
        String etag = json().get("/api/v1/institutions/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String code = Api.code("INST");
        json().header("If-Match", etag)
                .body(Map.of("code", code, "nameKo", "바뀐 연구원", "nameEn", "Renamed"))
                .put("/api/v1/institutions/" + id)
                .then()
                .statusCode(200)
                .body("nameKo", equalTo("바뀐 연구원"));
        json().header("If-Match", etag)
                .body(Map.of("code", code, "nameKo", "x", "nameEn", "y"))
                .put("/api/v1/institutions/" + id)
                .then()
                .statusCode(412);
        json().body(Map.of("code", "KRISS", "nameKo", "x", "nameEn", "y"))
                .post("/api/v1/institutions")
                .then()
                .statusCode(409);
        asRole(Roles.PROGRAM_MANAGER)
                .body(Map.of("code", Api.code("I"), "nameKo", "x", "nameEn", "y"))
                .post("/api/v1/institutions")
                .then()
                .statusCode(403);
        asRole(Roles.AUDITOR)
                .get("/api/v1/institutions/" + id + "/history")
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("create", "update")));
    }

    @Test
    void anAgreementMovesFromDraftToActiveToTerminated() {
        String institution = Fixtures.createInstitution();
        String id = json().body(Fixtures.agreement(institution, "MOU", TODAY.minusYears(1), TODAY.plusYears(2)))
                .post("/api/v1/agreements")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("code", startsWith("AGR-INST-"))
                .body("agencyCode", equalTo("NIST"))
                .body("inForce", equalTo(false))
                .extract()
                .path("id");
        json().post("/api/v1/agreements/" + id + "/expire")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("DRAFT"));
        json().post("/api/v1/agreements/" + id + "/activate")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("inForce", equalTo(true));
        json().body(Fixtures.agreement(institution, "LOI", TODAY, null))
                .put("/api/v1/agreements/" + id)
                .then()
                .statusCode(409)
                .body("currentState", equalTo("ACTIVE"));
        json().post("/api/v1/agreements/" + id + "/expire")
                .then()
                .statusCode(422)
                .body("rule", equalTo("not-yet-expired"));
        json().post("/api/v1/agreements/" + id + "/terminate")
                .then()
                .statusCode(422)
                .body("rule", equalTo("reason-required"));
        // not on a day to come: the agreement would end now, before that day (before, 200 and out of force at once)
        json().body(Map.of(
                        "reason",
                        "NIST laboratory reorganised",
                        "terminatedOn",
                        TODAY.plusDays(30).toString()))
                .post("/api/v1/agreements/" + id + "/terminate")
                .then()
                .statusCode(422)
                .body("rule", equalTo("date-in-future"));
        json().get("/api/v1/agreements/" + id).then().body("status", equalTo("ACTIVE"));
        json().body(Map.of("reason", "NIST laboratory reorganised"))
                .post("/api/v1/agreements/" + id + "/terminate")
                .then()
                .statusCode(200)
                .body("status", equalTo("TERMINATED"))
                .body("terminatedOn", equalTo(TODAY.toString()))
                .body("inForce", equalTo(false));
        json().post("/api/v1/agreements/" + id + "/activate")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("TERMINATED"));
        asRole(Roles.AUDITOR)
                .get("/api/v1/agreements/" + id + "/history")
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("create", "activate", "terminate")));
    }

    @Test
    void anAgreementPastItsExpiryCanBeMarkedExpired() {
        String id =
                Fixtures.activeAgreement(Fixtures.createInstitution(), "LOI", TODAY.minusYears(2), TODAY.minusDays(1));
        json().get("/api/v1/agreements/" + id)
                .then()
                .statusCode(200)
                .body("inForce", equalTo(false))
                .body("daysToExpiry", equalTo(-1));
        json().post("/api/v1/agreements/" + id + "/expire")
                .then()
                .statusCode(200)
                .body("status", equalTo("EXPIRED"));
    }

    @Test
    void renewalCreatesOneSuccessorLinkedToItsPredecessor() {
        String institution = Fixtures.createInstitution();
        String old = Fixtures.activeAgreement(institution, "LOI", TODAY.minusYears(3), TODAY.plusDays(20));
        Map<String, Object> renewal = Map.of(
                "instrument",
                "MOU",
                "signedOn",
                TODAY.toString(),
                "effectiveFrom",
                TODAY.plusDays(21).toString(),
                "expiresOn",
                TODAY.plusYears(3).toString());
        String successor = json().body(renewal)
                .post("/api/v1/agreements/" + old + "/renew")
                .then()
                .statusCode(201)
                .body("predecessorId", equalTo(old))
                .body("status", equalTo("DRAFT"))
                .body("instrument", equalTo("MOU"))
                .body("counterpartLaboratory", equalTo("Physical Measurement Laboratory"))
                .extract()
                .path("id");
        json().get("/api/v1/agreements/" + old)
                .then()
                .body("successorId", equalTo(successor))
                .body("status", equalTo("ACTIVE"));
        json().body(renewal).post("/api/v1/agreements/" + old + "/renew").then().statusCode(409);
        json().body(renewal)
                .post("/api/v1/agreements/" + successor + "/renew")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("DRAFT"));
        json().body(Map.of(
                        "signedOn",
                        TODAY.toString(),
                        "effectiveFrom",
                        TODAY.minusYears(5).toString()))
                .post("/api/v1/agreements/" + successor + "/renew")
                .then()
                .statusCode(409);
    }

    @Test
    void badDatesAndReferencesAreRefused() {
        String institution = Fixtures.createInstitution();
        Map<String, Object> body = Fixtures.agreement(institution, "MOU", TODAY, TODAY.minusDays(1));
        json().body(body)
                .post("/api/v1/agreements")
                .then()
                .statusCode(422)
                .body("rule", equalTo("expiry-before-effect"));
        Map<String, Object> unknownAgency = Fixtures.agreement(institution, "MOU", TODAY, null);
        unknownAgency.put("agencyId", "7d0f3f4e-0000-4000-8000-000000000000");
        json().body(unknownAgency)
                .post("/api/v1/agreements")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-agency"));
        Map<String, Object> badInstrument = Fixtures.agreement(institution, "CONTRACT", TODAY, null);
        json().body(badInstrument)
                .post("/api/v1/agreements")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("instrument"));
        Map<String, Object> badDate = Fixtures.agreement(institution, "MOU", TODAY, null);
        badDate.put("signedOn", "2026-02-30");
        json().body(badDate).post("/api/v1/agreements").then().statusCode(400);
        // an agreement is recorded once signed (before, a signing date in 2030 was accepted)
        Map<String, Object> unsigned = Fixtures.agreement(institution, "MOU", TODAY.plusDays(1), null);
        json().body(unsigned).post("/api/v1/agreements").then().statusCode(422).body("rule", equalTo("date-in-future"));
        json().get("/api/v1/agreements/7d0f3f4e-0000-4000-8000-000000000000")
                .then()
                .statusCode(404);
    }

    @Test
    void theExpiringListHoldsActiveAgreementsEndingWithinTheWindow() {
        String institution = Fixtures.createInstitution();
        String soon = Fixtures.activeAgreement(institution, "MOU", TODAY.minusYears(1), TODAY.plusDays(10));
        String later = Fixtures.activeAgreement(institution, "LOI", TODAY.minusYears(1), TODAY.plusDays(200));
        json().get("/api/v1/agreements?expiringWithinDays=30&institutionId=" + institution)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(soon)))
                .body("items[0].daysToExpiry", equalTo(10));
        json().get("/api/v1/agreements?expiringWithinDays=365&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(later))
                .body("items.status", everyItem(equalTo("ACTIVE")));
        json().get("/api/v1/agreements?expiringWithinDays=-1").then().statusCode(400);
    }

    @Test
    void inForceListsTheAgreementsThatBindTodayWhateverTheirState() {
        String institution = Fixtures.createInstitution();
        String binding = Fixtures.activeAgreement(institution, "MOU", TODAY.minusYears(1), TODAY.plusDays(10));
        // ACTIVE still, until someone expires it, though its expiry date has passed
        String lapsed = Fixtures.activeAgreement(institution, "LOI", TODAY.minusYears(2), TODAY.minusDays(1));
        // signed today, effective in five days
        Map<String, Object> later = Fixtures.agreement(institution, "LOI", TODAY.plusDays(5), null);
        later.put("signedOn", TODAY.toString());
        String notYet = json().body(later)
                .post("/api/v1/agreements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        json().post("/api/v1/agreements/" + notYet + "/activate").then().statusCode(200);
        json().get("/api/v1/agreements?inForce=true&institutionId=" + institution)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(binding)))
                .body("total", equalTo(1));
        json().get("/api/v1/agreements?inForce=false&status=ACTIVE&size=200&institutionId=" + institution)
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(lapsed, notYet))
                .body("items.inForce", everyItem(equalTo(false)));
        // Boolean.valueOf read anything but "true" as false: asked for those in force, the others were listed
        json().get("/api/v1/agreements?inForce=yes").then().statusCode(400).body("errors[0].field", equalTo("inForce"));
    }

    @Test
    void anInstitutionSeesOnlyItsOwnAgreements() {
        String kriss = Fixtures.activeAgreement(Fixtures.KRISS, "MOU", TODAY.minusYears(1), null);
        String etri = Fixtures.activeAgreement(Fixtures.ETRI, "LOI", TODAY.minusYears(1), null);
        String token = TestTokens.institution(Fixtures.KRISS);
        as(token)
                .get("/api/v1/agreements?size=200")
                .then()
                .statusCode(200)
                .body("items.institutionId", everyItem(equalTo(Fixtures.KRISS)))
                .body("items.id", hasItem(kriss))
                .body("items.id", not(hasItem(etri)));
        as(token).get("/api/v1/agreements/" + etri).then().statusCode(404);
        as(token).get("/api/v1/agreements/" + kriss).then().statusCode(200);
        as(token)
                .body(Fixtures.agreement(Fixtures.KRISS, "MOU", TODAY, null))
                .post("/api/v1/agreements")
                .then()
                .statusCode(403);
        asRole(Roles.VIEWER).get("/api/v1/agreements").then().statusCode(403);
    }
}

package kr.go.msit.standards.partnership.eligibility;

import static kr.go.msit.standards.partnership.Fixtures.json;
import static kr.go.msit.standards.testsupport.Api.as;
import static kr.go.msit.standards.testsupport.Api.asRole;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.partnership.Fixtures;
import kr.go.msit.standards.partnership.PartnershipTest;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PartnershipTest
class EligibilityResourceTest {

    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 3, 1);
    private static final LocalDate EXPIRES = LocalDate.of(2027, 2, 28);
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Seoul"));

    private static ValidatableResponse eligibility(String institution, String date, String... instruments) {
        StringBuilder query = new StringBuilder("/api/v1/eligibility?institutionId=" + institution);
        if (date != null) {
            query.append("&date=").append(date);
        }
        for (String instrument : instruments) {
            query.append("&instrument=").append(instrument);
        }
        return asRole(Roles.PROGRAM_MANAGER).get(query.toString()).then().statusCode(200);
    }

    @Test
    void anInstitutionWithoutAgreementIsNotEligible() {
        String institution = Fixtures.createInstitution();
        eligibility(institution, null)
                .body("eligible", equalTo(false))
                .body("reasons.code", equalTo(List.of("NO_AGREEMENT")))
                .body("qualifyingAgreements", empty());
    }

    @Test
    void eligibilityHoldsFromTheDayOfEffectThroughTheDayOfExpiry() {
        String institution = Fixtures.createInstitution();
        String agreement = Fixtures.activeAgreement(institution, "MOU", EFFECTIVE, EXPIRES);
        eligibility(institution, EFFECTIVE.minusDays(1).toString())
                .body("eligible", equalTo(false))
                .body("reasons.code", equalTo(List.of("NOT_YET_EFFECTIVE")))
                .body("reasons[0].agreementId", equalTo(agreement));
        eligibility(institution, EFFECTIVE.toString())
                .body("eligible", equalTo(true))
                .body("qualifyingAgreements.id", equalTo(List.of(agreement)))
                .body("reasons", empty());
        eligibility(institution, EXPIRES.toString()).body("eligible", equalTo(true));
        eligibility(institution, EXPIRES.plusDays(1).toString())
                .body("eligible", equalTo(false))
                .body("reasons.code", equalTo(List.of("EXPIRED")));
        // once expired, it still qualifies for a day it was in force (before, EXPIRED for every day)
        String lapsed = Fixtures.createInstitution();
        String old = Fixtures.activeAgreement(lapsed, "MOU", TODAY.minusYears(2), TODAY.minusDays(1));
        json().post("/api/v1/agreements/" + old + "/expire")
                .then()
                .statusCode(200)
                .body("status", equalTo("EXPIRED"));
        eligibility(lapsed, TODAY.minusDays(10).toString())
                .body("eligible", equalTo(true))
                .body("qualifyingAgreements.id", equalTo(List.of(old)));
        eligibility(lapsed, null).body("reasons.code", equalTo(List.of("EXPIRED")));
    }

    @Test
    void draftsTerminatedAgreementsAndOtherInstrumentsDoNotQualify() {
        String institution = Fixtures.createInstitution();
        json().body(Fixtures.agreement(institution, "MOU", EFFECTIVE, null))
                .post("/api/v1/agreements")
                .then()
                .statusCode(201);
        String terminated = Fixtures.activeAgreement(institution, "LOI", EFFECTIVE, null);
        json().body(Map.of("reason", "withdrawn", "terminatedOn", "2026-01-01"))
                .post("/api/v1/agreements/" + terminated + "/terminate")
                .then()
                .statusCode(200);
        eligibility(institution, "2026-06-01")
                .body("eligible", equalTo(false))
                .body("reasons.code", equalTo(List.of("DRAFT", "TERMINATED")));
        eligibility(institution, "2025-12-31").body("eligible", equalTo(false));

        String letter = Fixtures.activeAgreement(institution, "CONFIRMATION_LETTER", EFFECTIVE, null);
        eligibility(institution, "2026-06-01")
                .body("eligible", equalTo(true))
                .body("qualifyingAgreements.id", equalTo(List.of(letter)))
                .body("acceptedInstruments", equalTo(List.of("MOU", "LOI", "CONFIRMATION_LETTER")));
        eligibility(institution, "2026-06-01", "MOU", "LOI")
                .body("eligible", equalTo(false))
                .body("reasons.code", hasItem("INSTRUMENT_NOT_ACCEPTED"))
                .body("acceptedInstruments", equalTo(List.of("MOU", "LOI")));
    }

    @Test
    void onlyTheNamedAgencyCountsWhenOneIsNamed() {
        String institution = Fixtures.createInstitution();
        Fixtures.activeAgreement(institution, "MOU", EFFECTIVE, null);
        asRole(Roles.PROGRAM_MANAGER)
                .get("/api/v1/eligibility?agencyCode=NIST&date=2026-01-01&institutionId=" + institution)
                .then()
                .statusCode(200)
                .body("eligible", equalTo(true))
                .body("agencyCodes", equalTo(java.util.List.of("NIST")));
        asRole(Roles.PROGRAM_MANAGER)
                .get("/api/v1/eligibility?agencyCode=NOPE&institutionId=" + institution)
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-agency"));
        for (String list : java.util.List.of("agencyCode", "instrument")) {
            asRole(Roles.PROGRAM_MANAGER)
                    .get("/api/v1/eligibility?institutionId=" + institution + "&" + list + "=")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo(list));
        }
    }

    @Test
    void badQueriesAreProblems() {
        asRole(Roles.PROGRAM_MANAGER)
                .get("/api/v1/eligibility")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("institutionId"));
        asRole(Roles.PROGRAM_MANAGER)
                .get("/api/v1/eligibility?institutionId=" + Fixtures.KRISS + "&date=2026-13-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("date"));
        asRole(Roles.PROGRAM_MANAGER)
                .get("/api/v1/eligibility?institutionId=" + Fixtures.KRISS + "&instrument=CONTRACT")
                .then()
                .statusCode(400);
        asRole(Roles.PROGRAM_MANAGER)
                .get("/api/v1/eligibility?institutionId=7d0f3f4e-0000-4000-8000-000000000000")
                .then()
                .statusCode(404);
        asRole(Roles.VIEWER)
                .get("/api/v1/eligibility?institutionId=" + Fixtures.KRISS)
                .then()
                .statusCode(403);
    }

    @Test
    void anInstitutionAsksAboutItselfOnly() {
        as(TestTokens.institution(Fixtures.ETRI))
                .get("/api/v1/eligibility?institutionId=" + Fixtures.ETRI)
                .then()
                .statusCode(200);
        as(TestTokens.institution(Fixtures.ETRI))
                .get("/api/v1/eligibility?institutionId=" + Fixtures.KRISS)
                .then()
                .statusCode(404);
    }
}

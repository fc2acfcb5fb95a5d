package kr.go.msit.standards.projects.project;

import static kr.go.msit.standards.projects.Fixtures.json;
import static kr.go.msit.standards.testsupport.Api.as;
import static kr.go.msit.standards.testsupport.Api.asRole;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.PartnershipStub;
import kr.go.msit.standards.projects.ProjectsTest;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The NIST side of a project, every reference checked with partnership-service. */
@QuarkusTest
@ProjectsTest
class PartnerSideTest {

    static final String KUS_2025_05 = "a0000002-0000-4000-8000-000000000005";
    static final String PML = "a6e0d000-0000-4000-8000-000000000005";
    static final String CTL = "a6e0d000-0000-4000-8000-000000000001";

    private static Map<String, Object> side(String agency, String agreement, String... units) {
        Map<String, Object> side = new HashMap<>();
        side.put("agencyId", agency);
        side.put("unitIds", List.of(units));
        side.put("division", "Time and Frequency Division");
        side.put("counterparts", List.of(Map.of("name", "Jane Doe", "email", "jane.doe@nist.gov", "unitId", units[0])));
        side.put("agreementId", agreement);
        return side;
    }

    @Test
    void theNistSideIsRecordedCheckedAndFoundByUnit() {
        String nist = UUID.randomUUID().toString();
        String agreement = UUID.randomUUID().toString();
        PartnershipStub.agency(nist, "NIST", PML, CTL);
        PartnershipStub.agreement(agreement, Fixtures.KRISS, nist);
        String project = Fixtures.importProject(null);
        json().body(side(nist, agreement, PML))
                .put("/api/v1/projects/" + project + "/partner-side")
                .then()
                .statusCode(200)
                .body("partnerSide.agencyId", equalTo(nist))
                .body("partnerSide.unitIds", equalTo(List.of(PML)))
                .body("partnerSide.counterparts[0].email", equalTo("jane.doe@nist.gov"))
                .body("partnerAgreementId", equalTo(agreement))
                .body("version", equalTo(1));
        json().get("/api/v1/projects?partnerUnitId=" + PML + "&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(project));
        json().get("/api/v1/projects?partnerUnitId=" + CTL + "&size=200")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(project)));
        // the counterpart's e-mail address is personal data
        asRole(Roles.VIEWER)
                .get("/api/v1/projects/" + project)
                .then()
                .statusCode(200)
                .body("partnerSide.counterparts[0].name", equalTo("Jane Doe"))
                .body("partnerSide.counterparts[0].email", nullValue());
        as(TestTokens.institution(Fixtures.KRISS))
                .get("/api/v1/projects/" + project)
                .then()
                .statusCode(200)
                .body("partnerSide.counterparts[0].email", equalTo("jane.doe@nist.gov"));
        asRole(Roles.AUDITOR)
                .get("/api/v1/projects/" + project + "/history")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("set-partner-side"));
    }

    @Test
    void everyReferenceIsCheckedAndAFailingPartnershipServiceWritesNothing() {
        String nist = UUID.randomUUID().toString();
        PartnershipStub.agency(nist, "NIST", PML);
        String project = Fixtures.importProject(null);
        String path = "/api/v1/projects/" + project + "/partner-side";
        json().body(side(UUID.randomUUID().toString(), null, PML))
                .put(path)
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-agency"));
        json().body(side(nist, null, CTL)).put(path).then().statusCode(422).body("rule", equalTo("unknown-unit"));
        Map<String, Object> stray = side(nist, null, PML);
        stray.put("counterparts", List.of(Map.of("name", "John Roe", "unitId", CTL)));
        json().body(stray).put(path).then().statusCode(422).body("rule", equalTo("unknown-unit"));
        json().body(side(nist, UUID.randomUUID().toString(), PML))
                .put(path)
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-agreement"));
        String etris = UUID.randomUUID().toString();
        PartnershipStub.agreement(etris, Fixtures.ETRI, nist);
        json().body(side(nist, etris, PML))
                .put(path)
                .then()
                .statusCode(422)
                .body("rule", equalTo("agreement-not-the-projects"));
        String draft = UUID.randomUUID().toString();
        PartnershipStub.agreement(draft, Fixtures.KRISS, nist, "DRAFT");
        json().body(side(nist, draft, PML))
                .put(path)
                .then()
                .statusCode(422)
                .body("rule", equalTo("agreement-not-active"));
        String expired = UUID.randomUUID().toString();
        PartnershipStub.agreement(expired, Fixtures.KRISS, nist, "ACTIVE", false);
        json().body(side(nist, expired, PML))
                .put(path)
                .then()
                .statusCode(422)
                .body("rule", equalTo("agreement-not-in-force"));
        // an answer that does not say whether it binds today is no answer: 503, never read as either
        String silent = UUID.randomUUID().toString();
        PartnershipStub.agreementNotSayingInForce(silent, Fixtures.KRISS, nist);
        json().body(side(nist, silent, PML))
                .put(path)
                .then()
                .statusCode(503)
                .body("dependency", equalTo("partnership-service"));
        PartnershipStub.failAgency(nist);
        json().body(side(nist, null, PML))
                .put(path)
                .then()
                .statusCode(503)
                .body("dependency", equalTo("partnership-service"));
        json().get("/api/v1/projects/" + project)
                .then()
                .body("partnerSide.agencyId", nullValue())
                .body("version", equalTo(0));
    }

    @Test
    void aProgramManagerOrTheProjectsOwnInstitutionRecordsIt() {
        String nist = UUID.randomUUID().toString();
        PartnershipStub.agency(nist, "NIST", PML);
        String project = Fixtures.importProject(null);
        String path = "/api/v1/projects/" + project + "/partner-side";
        as(TestTokens.institution(Fixtures.ETRI))
                .body(side(nist, null, PML))
                .put(path)
                .then()
                .statusCode(404);
        asRole(Roles.FINANCE_OFFICER)
                .body(side(nist, null, PML))
                .put(path)
                .then()
                .statusCode(403);
        as(TestTokens.institution(Fixtures.KRISS))
                .body(side(nist, null, PML))
                .put(path)
                .then()
                .statusCode(200);
        json().header("If-Match", "\"0\"")
                .body(side(nist, null, PML))
                .put(path)
                .then()
                .statusCode(412);
    }
}

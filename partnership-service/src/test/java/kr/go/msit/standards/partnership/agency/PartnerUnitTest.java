package kr.go.msit.standards.partnership.agency;

import static kr.go.msit.standards.partnership.Fixtures.json;
import static kr.go.msit.standards.testsupport.Api.asRole;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.partnership.Fixtures;
import kr.go.msit.standards.partnership.PartnershipTest;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.Api;
import org.junit.jupiter.api.Test;

/** A partner agency's organisational units: NIST's laboratories seeded, more by API, named by dispatches. */
@QuarkusTest
@PartnershipTest
class PartnerUnitTest {

    static final String PML = "a6e0d000-0000-4000-8000-000000000005";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

    @Inject
    AgroalDataSource dataSource;

    /**
     * The migration's linking of dispatches recorded before units existed, run again on dispatches written as they
     * were then (no unit): a laboratory named by full name or acronym is linked, an ambiguous or unknown one is not.
     */
    @Test
    void theMigrationLinksTheHostLaboratoriesItRecognises() throws Exception {
        Map<String, String> named = new java.util.LinkedHashMap<>();
        named.put("Physical Measurement Laboratory, Time and Frequency Division", PML);
        named.put("NIST PML / Quantum Measurement Division", PML);
        named.put("CTL and PML joint group", null);
        named.put("Boulder labs", null);
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        for (String lab : named.keySet()) {
            Map<String, Object> body =
                    Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, TODAY.plusDays(70), TODAY.plusDays(75));
            body.put("hostLaboratory", lab);
            ids.put(
                    lab,
                    json().body(body)
                            .post("/api/v1/dispatches")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
        }
        String migration;
        try (var in = getClass().getResourceAsStream("/db/migration/V6__partner_units.sql")) {
            migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String link = migration.substring(migration.indexOf("UPDATE dispatch d"));
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.Statement statement = c.createStatement()) {
            statement.executeUpdate(link);
        }
        named.forEach((lab, unit) -> json().get("/api/v1/dispatches/" + ids.get(lab))
                .then()
                .statusCode(200)
                .body("hostUnitId", equalTo(unit)));
    }

    @Test
    void nistsLaboratoriesAreSeededAndMoreUnitsAreAddedByApi() {
        asRole(Roles.VIEWER)
                .get("/api/v1/partner-agencies/" + Fixtures.NIST + "/units")
                .then()
                .statusCode(200)
                .body("code", equalTo(List.of("CTL", "EL", "ITL", "MML", "NCNR", "PML")))
                .body("find { it.code == 'PML' }.id", equalTo(PML))
                .body("find { it.code == 'PML' }.nameEn", equalTo("Physical Measurement Laboratory"));
        String code = Api.code("AG");
        String agency = json().body(Map.of("code", code, "nameEn", "Department of Energy", "country", "US"))
                .post("/api/v1/partner-agencies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        json().body(Map.of("code", "ORNL", "nameEn", "Oak Ridge National Laboratory"))
                .post("/api/v1/partner-agencies/" + agency + "/units")
                .then()
                .statusCode(200)
                .body("units.code", equalTo(List.of("ORNL")))
                .body("version", equalTo(1));
        json().body(Map.of("code", "ORNL", "nameEn", "Oak Ridge National Laboratory"))
                .post("/api/v1/partner-agencies/" + agency + "/units")
                .then()
                .statusCode(409);
        asRole(Roles.PROGRAM_MANAGER)
                .body(Map.of("code", "ANL", "nameEn", "Argonne"))
                .post("/api/v1/partner-agencies/" + agency + "/units")
                .then()
                .statusCode(403);
        json().body(Map.of("code", "bad code", "nameEn", "x"))
                .post("/api/v1/partner-agencies/" + agency + "/units")
                .then()
                .statusCode(400);
        json().get("/api/v1/partner-agencies/7d0f3f4e-0000-4000-8000-000000000000/units")
                .then()
                .statusCode(404);
        asRole(Roles.AUDITOR)
                .get("/api/v1/partner-agencies/" + agency + "/history")
                .then()
                .body("items.action", hasItem("add-unit"));
        // a PUT that changes nothing (a retry of one already done) writes no history and no change event: each
        // such retry wrote both, every event with an id of its own
        int history = asRole(Roles.AUDITOR)
                .get("/api/v1/partner-agencies/" + agency + "/history")
                .then()
                .extract()
                .path("total");
        String events = "/api/v1/events/partnership?subject=" + agency;
        int published = asRole(Roles.AUDITOR)
                .get(events)
                .then()
                .statusCode(200)
                .extract()
                .path("items.size()");
        for (int i = 0; i < 2; i++) {
            json().body(Map.of("code", code, "nameEn", "Department of Energy", "country", "US"))
                    .put("/api/v1/partner-agencies/" + agency)
                    .then()
                    .statusCode(200)
                    .body("version", equalTo(1));
        }
        asRole(Roles.AUDITOR)
                .get("/api/v1/partner-agencies/" + agency + "/history")
                .then()
                .body("total", equalTo(history));
        asRole(Roles.AUDITOR).get(events).then().body("items.size()", equalTo(published));
    }

    /** An agency's code is stored in 20 characters: a longer one is a 400 naming the field, not a 500. */
    @Test
    void anAgencyCodeLongerThanItIsStoredIsRefused() {
        json().body(Map.of("code", "ABCDEFGHIJKLMNOPQRSTU", "nameEn", "x", "country", "US"))
                .post("/api/v1/partner-agencies")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("code"));
    }

    @Test
    void aDispatchNamesAUnitOfItsSitesAgency() {
        Map<String, Object> body =
                Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, TODAY.plusDays(40), TODAY.plusDays(50));
        body.put("hostUnitId", PML);
        json().body(body).post("/api/v1/dispatches").then().statusCode(201).body("hostUnitId", equalTo(PML));
        String agency = json().body(Map.of("code", Api.code("AG"), "nameEn", "Other agency", "country", "US"))
                .post("/api/v1/partner-agencies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String other = json().body(Map.of("code", "LAB", "nameEn", "A laboratory"))
                .post("/api/v1/partner-agencies/" + agency + "/units")
                .then()
                .statusCode(200)
                .extract()
                .path("units[0].id");
        Map<String, Object> wrong =
                Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, TODAY.plusDays(40), TODAY.plusDays(50));
        wrong.put("hostUnitId", other);
        json().body(wrong).post("/api/v1/dispatches").then().statusCode(422).body("rule", equalTo("unknown-unit"));
        Map<String, Object> none =
                Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, TODAY.plusDays(40), TODAY.plusDays(50));
        json().body(none).post("/api/v1/dispatches").then().statusCode(201).body("hostUnitId", equalTo(null));
    }
}

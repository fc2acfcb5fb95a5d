package kr.go.msit.standards.projects;

import static kr.go.msit.standards.projects.Fixtures.json;
import static kr.go.msit.standards.testsupport.Api.as;
import static kr.go.msit.standards.testsupport.Api.asRole;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.Api;
import kr.go.msit.standards.testsupport.PageWalk;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The audit trail: one row per change with the right diff, none for a refused change, and no way to alter it. */
@QuarkusTest
@ProjectsTest
class AuditTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aTransitionWritesOneRowWithWhoWhatAndTheDiff() {
        String project = Fixtures.importProject("AGREEMENT_SIGNED");
        String requestId = "audit-" + UUID.randomUUID();
        json().header("X-Request-ID", requestId)
                .post("/api/v1/projects/" + project + "/activate")
                .then()
                .statusCode(200);

        JsonPath history = asRole(Roles.AUDITOR)
                .get("/api/v1/projects/" + project + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(2, history.getInt("total"), "import and activate");
        assertEquals("import", history.getString("items[0].action"));
        assertEquals("activate", history.getString("items[1].action"));
        assertEquals("test-program-manager", history.getString("items[1].actorSubject"));
        assertEquals(requestId, history.getString("items[1].requestId"));
        assertEquals("project", history.getString("items[1].resource"));
        assertEquals(project, history.getString("items[1].resourceId"));
        assertEquals("AGREEMENT_SIGNED", history.getString("items[1].changes.status.old"));
        assertEquals("ACTIVE", history.getString("items[1].changes.status.new"));
        assertEquals(1, history.getMap("items[1].changes").size(), "only the status changed");
        assertTrue(history.getString("items[1].actorRoles").contains("program-manager"));
    }

    @Test
    void anUpdateRecordsOldAndNewValuesOfTheChangedFieldsOnly() {
        String program = Fixtures.createProgram(5_000_000_000L);
        Map<String, Object> changed = Fixtures.program(Api.code("P"), 6_000_000_000L);
        changed.put("nameKo", "바뀐 이름");
        json().body(changed).put("/api/v1/programs/" + program).then().statusCode(200);
        JsonPath history = json().get("/api/v1/programs/" + program + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("update", history.getString("items[1].action"));
        assertEquals(5_000_000_000L, history.getLong("items[1].changes.envelopeKrw.old"));
        assertEquals(6_000_000_000L, history.getLong("items[1].changes.envelopeKrw.new"));
        assertEquals("바뀐 이름", history.getString("items[1].changes.nameKo.new"));
        assertTrue(!history.getMap("items[1].changes").containsKey("version"), "version is not a change");
        assertEquals("create", history.getString("items[0].action"));
        assertEquals(null, (Object) history.get("items[0].changes.envelopeKrw.old"));
    }

    @Test
    void aRefusedChangeLeavesNoRow() {
        String project = Fixtures.importProject("SELECTED");
        json().post("/api/v1/projects/" + project + "/complete").then().statusCode(409);
        json().post("/api/v1/projects/" + project + "/suspend").then().statusCode(409);
        json().header("If-Match", "\"99\"")
                .post("/api/v1/projects/" + project + "/sign-agreement")
                .then()
                .statusCode(412);
        asRole(Roles.VIEWER)
                .post("/api/v1/projects/" + project + "/sign-agreement")
                .then()
                .statusCode(403);
        json().get("/api/v1/projects/" + project + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("import"));
    }

    @Test
    void reportsAppearInTheirProjectsHistory() {
        String project = Fixtures.importProject("ACTIVE");
        String report = json().get("/api/v1/projects/" + project + "/reports")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        as(TestTokens.institution(Fixtures.KRISS))
                .body(Map.of("documentReference", "DOC-1"))
                .post("/api/v1/projects/" + project + "/reports/" + report + "/submit")
                .then()
                .statusCode(200);
        json().get("/api/v1/projects/" + project + "/history")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("submit"))
                .body("items.find { it.action == 'submit' }.resource", equalTo("report"))
                .body("items.find { it.action == 'submit' }.parentId", equalTo(project))
                .body("items.find { it.action == 'submit' }.actorInstitutionId", equalTo(Fixtures.KRISS));
    }

    @Test
    void selectionRecordsTheApplicationAndTheNewProject() {
        String[] ids = Fixtures.applicationsUnderReview(3_000_000_000L, 1_000_000_000L, new long[] {400_000_000L});
        String project = json().post("/api/v1/applications/" + ids[1] + "/select")
                .then()
                .statusCode(200)
                .extract()
                .path("projectId");
        json().get("/api/v1/applications/" + ids[1] + "/history")
                .then()
                .statusCode(200)
                .body(
                        "items.action",
                        equalTo(java.util.List.of("create", "submit", "check-eligibility", "start-review", "select")));
        json().get("/api/v1/projects/" + project + "/history")
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("create-from-selection"))
                .body("items[0].changes.status.new", equalTo("SELECTED"));
    }

    @Test
    void anAuditorSearchesByActorAndTimeRange() {
        Instant from = Instant.now().minus(1, ChronoUnit.SECONDS);
        String actor = "auditee-" + UUID.randomUUID();
        String program = as(TestTokens.subject(actor, Roles.PROGRAM_MANAGER))
                .body(Fixtures.program(Api.code("P"), 1000))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asRole(Roles.AUDITOR)
                .get("/api/v1/audit/projects?actor=" + actor + "&from=" + from)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].resourceId", equalTo(program))
                .body("items[0].action", equalTo("create"));
        asRole(Roles.AUDITOR)
                .get("/api/v1/audit/projects?actor=" + actor + "&to=" + from)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        asRole(Roles.AUDITOR)
                .get("/api/v1/audit/projects?from=yesterday")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        asRole(Roles.AUDITOR).get("/api/v1/audit/funding").then().statusCode(404);
        asRole(Roles.PROGRAM_MANAGER).get("/api/v1/audit/projects").then().statusCode(403);
    }

    @Test
    void theAuditTrailIsWalkedByCursorInTheOrderItWasWritten() {
        String actor = "walker-" + UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            as(TestTokens.subject(actor, Roles.PROGRAM_MANAGER))
                    .body(Fixtures.program(Api.code("W"), 1000))
                    .post("/api/v1/programs")
                    .then()
                    .statusCode(201);
        }
        // seven rows by this actor, pages of 3 (3, 3, 1): by cursor the same as by number
        assertEquals(
                7,
                PageWalk.cursorWalkMatchesPages(
                                () -> asRole(Roles.AUDITOR), "/api/v1/audit/projects?actor=" + actor, 3, "items.id")
                        .size());
        // and over the whole trail (everything this test run wrote), with no filter
        PageWalk.cursorWalkMatchesPages(() -> asRole(Roles.AUDITOR), "/api/v1/audit/projects", 50, "items.id");
        asRole(Roles.AUDITOR)
                .get("/api/v1/audit/projects?after=zzz")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        // the projects list's cursors are keyed by a code, not by the order of writing: refused here
        String projectsCursor =
                json().get("/api/v1/projects?size=1").then().extract().path("next");
        asRole(Roles.AUDITOR)
                .get("/api/v1/audit/projects?after=" + projectsCursor)
                .then()
                .statusCode(400);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRows() throws SQLException {
        Fixtures.importProject("SELECTED");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            SQLException update = assertThrows(
                    SQLException.class, () -> s.executeUpdate("UPDATE audit_event SET actor_subject = 'someone-else'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_event"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            SQLException truncate = assertThrows(SQLException.class, () -> s.executeUpdate("TRUNCATE audit_event"));
            assertTrue(truncate.getMessage().contains("append-only"), truncate.getMessage());
        }
        asRole(Roles.AUDITOR)
                .get("/api/v1/audit/projects?actor=someone-else")
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("items[0]", nullValue());
    }
}

package kr.go.msit.standards.projects.events;

import static kr.go.msit.standards.projects.Fixtures.json;
import static kr.go.msit.standards.testsupport.Api.as;
import static kr.go.msit.standards.testsupport.Api.asRole;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.PartnershipStub;
import kr.go.msit.standards.projects.ProjectsTest;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The change feed: one event per change, in its transaction, in a safe order, as the reader may see it. */
@QuarkusTest
@ProjectsTest
class ChangeFeedTest {

    private static final String FEED = "/api/v1/events/projects";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    kr.go.msit.standards.platform.persistence.events.EventRetention retention;

    private static JsonPath read(RequestSpecification as, String query) {
        return as.get(FEED + query).then().statusCode(200).extract().jsonPath();
    }

    /**
     * The feed read until it shows {@code count} events: a read stops at the oldest transaction still open anywhere in
     * the database (the background delivery worker's, another test's), which ends within moments.
     */
    private static JsonPath readUntil(String query, int count) throws InterruptedException {
        return readUntil(Fixtures::json, query, count);
    }

    /** (A fresh request each time: RestAssured keeps the query of a reused specification.) */
    private static JsonPath readUntil(Supplier<RequestSpecification> as, String query, int count)
            throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        JsonPath page = read(as.get(), query);
        while (page.getList("items").size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            page = read(as.get(), query);
        }
        return page;
    }

    /** The cursor after the last event of {@code query} read now (the feed walked to its end). */
    private static String end(String query) {
        String separator = query.isEmpty() ? "?" : "&";
        JsonPath page = read(json(), query + separator + "size=200");
        while (page.getBoolean("more")) {
            page = read(json(), query + separator + "size=200&after=" + page.getString("next"));
        }
        return page.getString("next");
    }

    private static List<String> typesOf(String subject) throws InterruptedException {
        return readUntil("?subject=" + subject, 1).getList("items.type");
    }

    @Test
    void suspendingAProjectIsAProjectSuspendedEventCarryingItsView() throws InterruptedException {
        String project = Fixtures.importProject("ACTIVE");
        String requestId = "feed-" + UUID.randomUUID();
        json().header("X-Request-ID", requestId)
                .body(Map.of("reason", "audit finding"))
                .post("/api/v1/projects/" + project + "/suspend")
                .then()
                .statusCode(200);
        JsonPath feed = readUntil("?subject=" + project, 2);
        assertEquals(
                List.of("kr.go.msit.kus.project.imported", "kr.go.msit.kus.project.suspended"),
                feed.getList("items.type"));
        assertEquals("1.0", feed.getString("items[1].specversion"));
        assertEquals(FEED, feed.getString("items[1].source"));
        assertEquals(project, feed.getString("items[1].subject"));
        assertEquals("application/json", feed.getString("items[1].datacontenttype"));
        assertEquals("SUSPENDED", feed.getString("items[1].data.status"));
        assertEquals(project, feed.getString("items[1].data.id"));
        assertTrue(feed.getString("items[1].time").endsWith("Z"));
        assertFalse(feed.getBoolean("more"));
    }

    @Test
    void aRefusedChangeWritesNoEvent() throws InterruptedException {
        String project = Fixtures.importProject("ACTIVE");
        json().post("/api/v1/projects/" + project + "/activate").then().statusCode(409);
        json().body(Map.of())
                .post("/api/v1/projects/" + project + "/suspend")
                .then()
                .statusCode(422); // no reason
        assertEquals(List.of("kr.go.msit.kus.project.imported"), typesOf(project));
    }

    /**
     * A transaction that took its id first and commits last: the feed holds back the later events until it commits,
     * so a reader polling meanwhile, with the cursor it was given, still gets every event.
     */
    @Test
    void anEventCommittedLaterWithALowerTransactionIdIsNotSkipped() throws Exception {
        String start = end("?type=kr.go.msit.kus.program.created");
        String early = UUID.randomUUID().toString();
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (PreparedStatement insert = slow.prepareStatement("""
                    INSERT INTO change_event (id, type, resource, subject, data)
                    VALUES (?::uuid, 'kr.go.msit.kus.program.created', 'program', ?::uuid, '{}'::jsonb)""")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, early);
                insert.executeUpdate(); // this transaction now holds an id lower than the next one's
            }
            String later = Fixtures.createProgram(1_000_000_000L); // commits first
            JsonPath meanwhile = read(json(), "?type=kr.go.msit.kus.program.created&after=" + start);
            assertFalse(
                    meanwhile.getList("items.subject").contains(later), "held back while an older transaction is open");
            String cursor = meanwhile.getString("next");
            slow.commit();
            List<String> subjects = readUntil("?type=kr.go.msit.kus.program.created&after=" + cursor, 2)
                    .getList("items.subject");
            assertEquals(List.of(early, later), subjects, "both, in transaction order");
        }
    }

    /**
     * Transaction ids of different lengths (9 and 10) come in the order of their numbers, not of their text ("10" <
     * "9"), whether read in one page or walked one event at a time: a database past xid 10,000 read its feed out of
     * order, repeated events and skipped others.
     */
    @Test
    void eventsComeInTheOrderOfTheirTransactionIdsAsNumbers() throws Exception {
        String subject = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO change_event (id, xid, type, resource, subject, data)
                        VALUES (?::uuid, ?::xid8, ?, 'program', ?::uuid, '{}'::jsonb)""")) {
            // (a subject's events are written in transaction order: a trigger refuses an older one after a newer)
            for (String[] event :
                    new String[][] {{"9", "kr.go.msit.kus.program.created"}, {"10", "kr.go.msit.kus.program.updated"}
                    }) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, event[0]);
                insert.setString(3, event[1]);
                insert.setString(4, subject);
                insert.executeUpdate();
            }
        }
        List<String> inOrder = List.of("kr.go.msit.kus.program.created", "kr.go.msit.kus.program.updated");
        assertEquals(inOrder, read(json(), "?subject=" + subject).getList("items.type"));
        List<String> walked = new ArrayList<>();
        JsonPath page = read(json(), "?subject=" + subject + "&size=1");
        walked.addAll(page.getList("items.type"));
        while (page.getBoolean("more")) {
            page = read(json(), "?subject=" + subject + "&size=1&after=" + page.getString("next"));
            walked.addAll(page.getList("items.type"));
        }
        assertEquals(inOrder, walked);
    }

    @Test
    void concurrentWritersAndAPollingReaderLoseNothingAndRepeatNothing() throws Exception {
        String type = "?type=kr.go.msit.kus.program.created&size=7";
        String start = end("?type=kr.go.msit.kus.program.created");
        AtomicInteger expected = new AtomicInteger(-1);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<List<String>>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            writers.add(pool.submit(() -> {
                List<String> made = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    made.add(Fixtures.createProgram(1_000_000_000L));
                }
                return made;
            }));
        }
        Future<List<String>> reader = pool.submit(() -> {
            List<String> seen = new ArrayList<>();
            String cursor = start;
            long deadline = System.nanoTime() + 60_000_000_000L;
            while ((expected.get() < 0 || seen.size() < expected.get()) && System.nanoTime() < deadline) {
                JsonPath page = read(json(), type + "&after=" + cursor);
                seen.addAll(page.getList("items.subject"));
                cursor = page.getString("next");
                if (!page.getBoolean("more")) {
                    Thread.sleep(10);
                }
            }
            return seen;
        });
        List<String> written = new ArrayList<>();
        for (Future<List<String>> writer : writers) {
            written.addAll(writer.get());
        }
        expected.set(written.size());
        List<String> seen = reader.get();
        pool.shutdown();
        assertEquals(written.size(), seen.size(), "every event once");
        assertEquals(new HashSet<>(written), new HashSet<>(seen), "the events of exactly the programs made");
        List<String> inFeedOrder = readUntil("?type=kr.go.msit.kus.program.created&size=200&after=" + start, 24)
                .getList("items.subject");
        assertEquals(inFeedOrder, seen, "in the feed's order");
    }

    @Test
    void anInstitutionReadsTheEventsOfItsOwnProjectsOnly() throws InterruptedException {
        String own = Fixtures.importProject(null);
        Map<String, Object> other = Fixtures.importBody(null);
        other.put("leadInstitutionId", Fixtures.ETRI);
        String others = json().body(other)
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Supplier<RequestSpecification> kriss = () -> as(TestTokens.institution(Fixtures.KRISS));
        assertEquals(1, readUntil(kriss, "?subject=" + own, 1).getList("items").size());
        assertEquals(
                1,
                readUntil(() -> asRole(Roles.VIEWER), "?subject=" + others, 1)
                        .getList("items")
                        .size());
        assertEquals(0, read(kriss.get(), "?subject=" + others).getList("items").size(), "not KRISS's");
        // programs are everyone's
        String program = Fixtures.createProgram(1_000_000_000L);
        assertEquals(
                1, readUntil(kriss, "?subject=" + program, 1).getList("items").size());
    }

    @Test
    void evaluationsAreNotInAnInstitutionsFeedAndTheirEvaluatorsEmailsOnlyInTheProgramManagers()
            throws InterruptedException {
        String project = Fixtures.importProject("ACTIVE");
        String evaluation = json().body(Map.of("projectId", project, "kind", "ANNUAL", "fiscalYear", 2025))
                .post("/api/v1/evaluations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        json().body(Map.of("name", "평가위원", "institutionId", Fixtures.ETRI, "email", "evaluator@etri.re.kr"))
                .post("/api/v1/evaluations/" + evaluation + "/evaluators")
                .then()
                .statusCode(200);
        String query = "?subject=" + evaluation;
        assertEquals(2, readUntil(query, 2).getList("items").size());
        assertEquals("evaluator@etri.re.kr", read(json(), query).getString("items[1].data.evaluators[0].email"));
        JsonPath finance = read(asRole(Roles.FINANCE_OFFICER), query);
        assertEquals("평가위원", finance.getString("items[1].data.evaluators[0].name"));
        assertNull(finance.getString("items[1].data.evaluators[0].email"));
        // the API shows KRISS its evaluation only once decided, and then without who scored what
        assertEquals(
                0,
                read(as(TestTokens.institution(Fixtures.KRISS)), query)
                        .getList("items")
                        .size());
    }

    @Test
    void aViewerReadsNoApplicationEvents() throws InterruptedException {
        String call = Fixtures.openCall(2_000_000_000L, 1_250_000_000L);
        String application = Fixtures.createApplication(call, 100_000_000L);
        assertEquals(1, readUntil("?subject=" + application, 1).getList("items").size());
        assertEquals(
                0,
                read(asRole(Roles.VIEWER), "?subject=" + application)
                        .getList("items")
                        .size());
    }

    @Test
    void personalDataInAnEventIsShownOnlyToWhoMaySeeIt() throws InterruptedException {
        String nist = UUID.randomUUID().toString();
        String agreement = UUID.randomUUID().toString();
        String pml = "a6e0d000-0000-4000-8000-000000000005";
        PartnershipStub.agency(nist, "NIST", pml);
        PartnershipStub.agreement(agreement, Fixtures.KRISS, nist);
        String project = Fixtures.importProject(null);
        Map<String, Object> side = new HashMap<>();
        side.put("agencyId", nist);
        side.put("unitIds", List.of(pml));
        side.put("counterparts", List.of(Map.of("name", "Jane Doe", "email", "jane.doe@nist.gov", "unitId", pml)));
        side.put("agreementId", agreement);
        json().body(side)
                .put("/api/v1/projects/" + project + "/partner-side")
                .then()
                .statusCode(200);
        String query = "?type=kr.go.msit.kus.project.partner-side-updated&subject=" + project;
        String email = "items[0].data.partnerSide.counterparts[0].email";
        assertEquals("jane.doe@nist.gov", readUntil(query, 1).getString(email));
        assertEquals("jane.doe@nist.gov", read(asRole(Roles.AUDITOR), query).getString(email));
        assertEquals(
                "jane.doe@nist.gov",
                read(as(TestTokens.institution(Fixtures.KRISS)), query).getString(email));
        JsonPath viewer = read(asRole(Roles.VIEWER), query);
        assertEquals("Jane Doe", viewer.getString("items[0].data.partnerSide.counterparts[0].name"));
        assertNull(viewer.getString(email));
        assertNull(read(asRole(Roles.FINANCE_OFFICER), query).getString(email));
    }

    @Test
    void badCursorsAndUnknownTypesAreClearProblems() {
        json().get(FEED + "?after=not-a-cursor")
                .then()
                .statusCode(400)
                .body("type", org.hamcrest.Matchers.endsWith("/invalid-cursor"));
        json().get(FEED + "?after=99999999999999999999.1").then().statusCode(400);
        json().get(FEED + "?after=999999999999.0") // a cursor from the future: no read gave it
                .then()
                .statusCode(400)
                .body("type", org.hamcrest.Matchers.endsWith("/invalid-cursor"));
        json().get(FEED + "?type=kr.go.msit.kus.project.exploded")
                .then()
                .statusCode(400)
                .body("type", org.hamcrest.Matchers.endsWith("/unknown-event-type"));
        json().get("/api/v1/events/funding").then().statusCode(404);
        json().get(FEED + "?size=0").then().statusCode(400);
        json().get(FEED + "?subject=nope").then().statusCode(400);
    }

    @Test
    void aCursorBeforeWhatRetentionRemovedIsGone() throws Exception {
        Fixtures.createProgram(1_000_000_000L);
        try (Connection c = dataSource.getConnection();
                PreparedStatement pruned = c.prepareStatement("""
                        INSERT INTO change_event_pruned (singleton, xid, seq) VALUES (TRUE, '5'::xid8, 1)
                        ON CONFLICT (singleton) DO NOTHING""")) {
            pruned.executeUpdate();
        }
        json().get(FEED + "?after=1.0")
                .then()
                .statusCode(410)
                .body("type", org.hamcrest.Matchers.endsWith("/cursor-expired"));
        json().get(FEED).then().statusCode(200).body("items.size()", org.hamcrest.Matchers.greaterThan(0));
        String next = end("");
        json().get(FEED + "?after=" + next).then().statusCode(200).body("more", equalTo(false));
    }

    /** Retention cuts the feed before its newest event older than EVENT_RETENTION: a prefix, marked for 410s. */
    @Test
    void retentionRemovesAPrefixOfTheFeedAndMarksTheCut() throws Exception {
        for (int i = 0; i < 4; i++) {
            Fixtures.createProgram(1_000_000_000L);
        }
        String program = Fixtures.createProgram(1_000_000_000L);
        String upTo = end("");
        String[] position = upTo.split("\\.");
        try (Connection c = dataSource.getConnection();
                PreparedStatement age = c.prepareStatement("""
                        UPDATE change_event SET occurred_at = now() - interval '31 days'
                        WHERE (xid, seq) <= (CAST(? AS xid8), ?)""")) {
            age.setString(1, position[0]);
            age.setLong(2, Long.parseLong(position[1]));
            int aged = age.executeUpdate();
            // more than a batch (4 in tests): the program's events, last in the prefix, go only if every batch ran
            assertTrue(aged > 4, "aged " + aged);
        }
        assertTrue(retention.prune() > 4);
        json().get(FEED + "?after=1.0").then().statusCode(410);
        Fixtures.createProgram(1_000_000_000L);
        List<String> subjects = readUntil("?size=200", 1).getList("items.subject");
        assertFalse(subjects.contains(program), "the aged program's events are gone");
        assertFalse(subjects.isEmpty(), "what came after the cut is kept");
    }

    /**
     * Retention removes events and moves its mark in one transaction, and each statement of a read sees what was
     * committed when it began. The read checked the mark first, then read the events: a prune committed in between
     * removed events the read then passed over, answering 200 as if they had never been. The prune here commits while
     * the read waits for the events (a lock held on the table puts it there, deterministically).
     */
    @Test
    void aPruneCommittedWhileAReadIsUnderWayIsA410NotAGap() throws Exception {
        String before = end("");
        Fixtures.createProgram(1_000_000_000L);
        String upTo = end("");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection prune = dataSource.getConnection();
                Connection watch = dataSource.getConnection()) {
            prune.setAutoCommit(false);
            prune.createStatement().execute("LOCK TABLE change_event IN ACCESS EXCLUSIVE MODE");
            Future<Integer> read = pool.submit(
                    () -> json().get(FEED + "?after=" + before).then().extract().statusCode());
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!waitsForTheFeed(watch)) {
                assertTrue(System.nanoTime() < deadline, "the read never reached the events");
                Thread.sleep(20);
            }
            Thread.sleep(300); // the read may share the wait with the webhook worker's: let it reach it too
            Pruning.upTo(prune, upTo);
            prune.commit();
            assertEquals(410, read.get(10, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean waitsForTheFeed(Connection watch) throws java.sql.SQLException {
        try (PreparedStatement waiting = watch.prepareStatement("""
                SELECT count(*) FROM pg_stat_activity
                WHERE wait_event_type = 'Lock' AND query LIKE '%FROM change_event%' AND pid <> pg_backend_pid()""");
                java.sql.ResultSet rows = waiting.executeQuery()) {
            rows.next();
            return rows.getInt(1) > 0;
        }
    }
}

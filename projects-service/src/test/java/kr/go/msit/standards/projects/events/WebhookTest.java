package kr.go.msit.standards.projects.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static kr.go.msit.standards.projects.Fixtures.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import kr.go.msit.standards.platform.persistence.webhooks.DeliveryWorker;
import kr.go.msit.standards.platform.persistence.webhooks.TargetGuard;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.ProjectsTest;
import kr.go.msit.standards.testsupport.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks against a local receiver (WireMock): signed, retried, in order, paused, resumed, redelivered, guarded. */
@QuarkusTest
@ProjectsTest
@org.junit.jupiter.api.extension.ExtendWith(kr.go.msit.standards.testsupport.NothingLoggedAtError.class)
class WebhookTest {

    private static final String WEBHOOKS = "/api/v1/webhooks/projects";
    private static final String SUSPENDED = "kr.go.msit.kus.project.suspended";
    private static final String RESUMED = "kr.go.msit.kus.project.resumed";
    private static final String ACTIVATED = "kr.go.msit.kus.project.activated";
    private static WireMockServer receiver;

    @Inject
    DeliveryWorker worker;

    @Inject
    TargetGuard guard;

    @Inject
    AgroalDataSource dataSource;

    private final List<String> subscriptions = new ArrayList<>();
    private String path;

    @BeforeEach
    void receiver() {
        if (receiver == null) {
            receiver = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
            receiver.start();
        }
        path = "/hook-" + UUID.randomUUID();
        answer(200);
    }

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(id -> json().delete(WEBHOOKS + "/" + id));
        guard.resolveWith(InetAddress::getAllByName);
    }

    private void answer(int status) {
        receiver.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)));
    }

    private JsonPath subscribe(String... types) {
        return subscribeAt("http://127.0.0.1:" + receiver.port() + path, types);
    }

    private JsonPath subscribeAt(String targetUrl, String... types) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetUrl", targetUrl);
        body.put("types", List.of(types));
        JsonPath created = json().body(body)
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .body("secret", org.hamcrest.Matchers.startsWith("whsec_"))
                .extract()
                .jsonPath();
        subscriptions.add(created.getString("id"));
        return created;
    }

    private List<LoggedRequest> received() {
        return receiver.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    private List<String> receivedTypes() {
        return received().stream()
                .map(request -> JsonPath.from(request.getBodyAsString()).getString("type"))
                .toList();
    }

    /**
     * What arrived from {@code from} on, each event once where it arrived again straight after itself: delivery is at
     * least once, and an answer later than the timeout (1 s here, on a loaded machine) is sent again before the next.
     */
    private List<LoggedRequest> receivedOnce(int from) {
        List<LoggedRequest> all = received();
        return once(all.subList(Math.min(from, all.size()), all.size()));
    }

    private static List<LoggedRequest> once(List<LoggedRequest> requests) {
        List<LoggedRequest> once = new ArrayList<>();
        for (LoggedRequest request : requests) {
            if (once.isEmpty()
                    || !once.get(once.size() - 1).getHeader("webhook-id").equals(request.getHeader("webhook-id"))) {
                once.add(request);
            }
        }
        return once;
    }

    private static List<String> types(List<LoggedRequest> requests) {
        return requests.stream()
                .map(request -> JsonPath.from(request.getBodyAsString()).getString("type"))
                .toList();
    }

    private List<String> receivedIds() {
        return received().stream()
                .map(request -> request.getHeader("webhook-id"))
                .toList();
    }

    /** Delivers (as the scheduled worker would, sooner) until {@code done}, for at most 20 s. */
    private void deliverUntil(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not delivered in time; received " + receivedTypes());
            }
            worker.deliverDue();
            Thread.sleep(50);
        }
    }

    /** An active project, suspended: one {@code project.suspended} event. */
    private static String suspended() {
        String project = Fixtures.importProject("ACTIVE");
        move(project, "suspend");
        return project;
    }

    /** An active project, suspended and resumed: two events. */
    private static String suspendedAndResumed() {
        String project = suspended();
        move(project, "resume");
        return project;
    }

    private static void move(String project, String action) {
        json().body(Map.of("reason", "webhook test"))
                .post("/api/v1/projects/" + project + "/" + action)
                .then()
                .statusCode(200);
    }

    /** Suspends a project of ETRI, then one of KRISS; returns KRISS's. */
    private static String suspendOneOfKrissAndOneOfEtri() {
        Map<String, Object> etri = Fixtures.importBody("ACTIVE");
        etri.put("leadInstitutionId", Fixtures.ETRI);
        String others = json().body(etri)
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        move(others, "suspend");
        String own = Fixtures.importProject("ACTIVE");
        move(own, "suspend");
        return own;
    }

    private static Map<String, List<String>> headers(LoggedRequest request) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
            headers.put(name, List.of(request.getHeader(name)));
        }
        return headers;
    }

    @Test
    void aSubscriberReceivesSignedEventsInTheOrderOfTheirChanges() throws Exception {
        String secret = subscribe(ACTIVATED, SUSPENDED, RESUMED).getString("secret");
        String project = Fixtures.importProject("AGREEMENT_SIGNED");
        move(project, "activate");
        move(project, "suspend");
        move(project, "resume");
        deliverUntil(() -> receivedOnce(0).size() >= 3);
        assertEquals(List.of(ACTIVATED, SUSPENDED, RESUMED), types(receivedOnce(0)));
        for (LoggedRequest request : received()) {
            assertDoesNotThrow(() -> new Webhook(secret).verify(request.getBodyAsString(), headers(request)));
            JsonPath event = JsonPath.from(request.getBodyAsString());
            assertEquals(project, event.getString("subject"));
            assertEquals(event.getString("id"), request.getHeader("webhook-id"));
            assertTrue(request.getHeader("Content-Type").startsWith("application/cloudevents+json"));
        }
        assertEquals(
                "SUSPENDED",
                JsonPath.from(receivedOnce(0).get(1).getBodyAsString()).getString("data.status"));
        String wrong = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        LoggedRequest first = received().get(0);
        assertThrows(
                WebhookVerificationException.class,
                () -> new Webhook(wrong).verify(first.getBodyAsString(), headers(first)));
    }

    @Test
    void duringARotationMessagesVerifyWithTheOldSecretAndTheNew() throws Exception {
        JsonPath created = subscribe(SUSPENDED);
        String old = created.getString("secret");
        String id = created.getString("id");
        String rotated = json().post(WEBHOOKS + "/" + id + "/rotate-secret")
                .then()
                .statusCode(200)
                .body("previousSecretValidUntil", notNullValue())
                .extract()
                .path("secret");
        json().get(WEBHOOKS + "/" + id).then().statusCode(200).body("secret", nullValue());
        suspended();
        deliverUntil(() -> received().size() >= 1);
        LoggedRequest request = received().get(0);
        assertEquals(2, request.getHeader("webhook-signature").split(" ").length);
        assertDoesNotThrow(() -> new Webhook(old).verify(request.getBodyAsString(), headers(request)));
        assertDoesNotThrow(() -> new Webhook(rotated).verify(request.getBodyAsString(), headers(request)));
    }

    @Test
    void aFailedDeliveryIsRetriedAfterA500AndATimeoutWithTheSameId() throws Exception {
        receiver.stubFor(post(urlPathEqualTo(path))
                .inScenario(path)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("slow"));
        receiver.stubFor(post(urlPathEqualTo(path))
                .inScenario(path)
                .whenScenarioStateIs("slow")
                .willReturn(aResponse().withStatus(200).withFixedDelay(2_000)) // the timeout here is 1 s
                .willSetStateTo("well"));
        receiver.stubFor(post(urlPathEqualTo(path))
                .inScenario(path)
                .whenScenarioStateIs("well")
                .willReturn(aResponse().withStatus(204)));
        String id = subscribe(SUSPENDED).getString("id");
        suspended();
        deliverUntil(() -> received().size() >= 3
                && json().get(WEBHOOKS + "/" + id + "/deliveries").path("total").equals(3));
        JsonPath log = json().get(WEBHOOKS + "/" + id + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("DELIVERED", "FAILED", "FAILED"), log.getList("items.outcome"), "newest first");
        assertEquals(500, log.getInt("items[2].statusCode"));
        assertTrue(log.getString("items[1].error").startsWith("no answer within"));
        assertEquals(
                1,
                received().stream()
                        .map(r -> r.getHeader("webhook-id"))
                        .distinct()
                        .count());
        json().get(WEBHOOKS + "/" + id)
                .then()
                .body("consecutiveFailures", equalTo(0))
                .body("status", equalTo("ACTIVE"));
    }

    /**
     * A subscriber that sends its status at once and then a body that never ends: the body was read whole, and on JDK
     * 17 no timeout applies once the status has come, so it held a delivery worker for good (four such held them
     * all). Its status is its answer: the attempt ends there, and the connection is closed. A raw socket: WireMock
     * holds back its status until its body starts.
     */
    @Test
    @org.junit.jupiter.api.Timeout(60) // without the fix the worker waits for good: a failure, never a hung build
    void aSubscriberThatNeverEndsItsAnswerIsDoneWithAtItsStatus() throws Exception {
        try (ServerSocket endless = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
            Thread subscriber = new Thread(() -> {
                try (Socket connection = endless.accept()) {
                    readHead(connection);
                    connection
                            .getOutputStream()
                            .write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n"
                                    .getBytes(StandardCharsets.US_ASCII));
                    connection.getOutputStream().flush();
                    // no more: read (and drop) until the deliverer hangs up
                    connection.getInputStream().transferTo(OutputStream.nullOutputStream());
                } catch (IOException gone) {
                    // the deliverer hung up
                }
            });
            subscriber.start();
            String id = subscribeAt("http://127.0.0.1:" + endless.getLocalPort() + "/endless", SUSPENDED)
                    .getString("id");
            move(Fixtures.importProject("ACTIVE"), "suspend");
            deliverUntil(() -> json().get(WEBHOOKS + "/" + id + "/deliveries")
                    .path("total")
                    .equals(1));
            JsonPath log = json().get(WEBHOOKS + "/" + id + "/deliveries")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals("DELIVERED", log.getString("items[0].outcome"), log.prettify());
            assertEquals(200, log.getInt("items[0].statusCode"));
            // and the connection is given up, not left open for the rest of the body
            subscriber.join(10_000);
            assertFalse(subscriber.isAlive(), "the deliverer still holds the subscriber's connection");
        }
    }

    /** Reads a request's head (up to its blank line), as a server does before it answers. */
    private static void readHead(Socket connection) throws IOException {
        java.io.InputStream in = connection.getInputStream();
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int next = in.read();
            if (next < 0) {
                return;
            }
            matched = next == end[matched] ? matched + 1 : (next == end[0] ? 1 : 0);
        }
    }

    @Test
    void aSubscriberThatKeepsFailingIsPausedAndGetsEverythingInOrderWhenResumed() throws Exception {
        answer(503);
        String id = subscribe(SUSPENDED, RESUMED).getString("id");
        String project = suspended();
        deliverUntil(() -> "PAUSED".equals(json().get(WEBHOOKS + "/" + id).path("status")));
        json().get(WEBHOOKS + "/" + id)
                .then()
                .body("consecutiveFailures", equalTo(4)) // pause-after in tests
                .body("statusReason", org.hamcrest.Matchers.containsString("answered 503"));
        move(project, "resume"); // waits while paused
        move(project, "suspend");
        int failed = received().size();
        worker.deliverDue();
        assertEquals(failed, received().size(), "a paused subscription is not called");
        answer(200);
        json().post(WEBHOOKS + "/" + id + "/resume").then().statusCode(200).body("status", equalTo("ACTIVE"));
        deliverUntil(() -> receivedOnce(failed).size() >= 3);
        assertEquals(
                List.of(SUSPENDED, RESUMED, SUSPENDED),
                types(receivedOnce(failed)).subList(0, 3));
    }

    @Test
    void oneEventOrEverythingAfterACursorIsDeliveredAgain() throws Exception {
        String id = subscribe(SUSPENDED, RESUMED).getString("id");
        String before = json().get(WEBHOOKS + "/" + id).path("cursor");
        suspendedAndResumed();
        // delivery is at least once: an answer later than the timeout (1 s here, on a loaded machine) is sent again,
        // so what is asserted is which events arrive again and in what order, not at which index
        deliverUntil(() -> receivedIds().stream().distinct().count() >= 2);
        String suspendedEvent =
                received().get(receivedTypes().indexOf(SUSPENDED)).getHeader("webhook-id");
        String resumedEvent = received().get(receivedTypes().indexOf(RESUMED)).getHeader("webhook-id");
        json().body(Map.of("eventId", suspendedEvent))
                .post(WEBHOOKS + "/" + id + "/redeliver")
                .then()
                .statusCode(200);
        int once = java.util.Collections.frequency(receivedIds(), suspendedEvent);
        deliverUntil(() -> java.util.Collections.frequency(receivedIds(), suspendedEvent) > once);
        int sent = received().size();
        json().body(Map.of("after", before))
                .post(WEBHOOKS + "/" + id + "/redeliver")
                .then()
                .statusCode(200);
        deliverUntil(
                () -> { // everything after the cursor again, in order
                    List<String> again = receivedIds().subList(sent, received().size());
                    return again.contains(suspendedEvent)
                            && again.lastIndexOf(resumedEvent) > again.indexOf(suspendedEvent);
                });
        json().body(Map.of("eventId", UUID.randomUUID().toString()))
                .post(WEBHOOKS + "/" + id + "/redeliver")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-event"));
        json().body(Map.of())
                .post(WEBHOOKS + "/" + id + "/redeliver")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("give eventId or after, one of them"));
        // the document takes a transition without a body: here that is the empty request, refused the same way
        json().post(WEBHOOKS + "/" + id + "/redeliver")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("give eventId or after, one of them"));
    }

    /**
     * Makes the receiver take 0.9 s to answer {@code status} (deliveries time out after 1 s in tests), sets
     * {@code due} on the subscription and starts a claim; returns once its first event is on the way.
     */
    private java.util.concurrent.CompletableFuture<Void> slowClaim(String id, int status, String due) throws Exception {
        receiver.stubFor(post(urlPathEqualTo(path))
                .willReturn(aResponse().withStatus(status).withFixedDelay(900)));
        update(id, due);
        java.util.concurrent.CompletableFuture<Void> claim =
                java.util.concurrent.CompletableFuture.runAsync(() -> worker.deliverDue());
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (received().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return claim;
    }

    /**
     * Keeps the scheduled worker off the subscription (due in an hour, once no replica holds it), then applies
     * {@code set} as it becomes due again, so that one claim sees what the test prepared.
     */
    private void held(String id) throws Exception {
        update(id, "next_attempt_at = now() + interval '1 hour'");
    }

    private void update(String id, String set) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE webhook_subscription SET " + set + " WHERE id = ?::uuid AND leased_by IS NULL")) {
            update.setString(1, id);
            while (update.executeUpdate() == 0) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the subscription stayed claimed");
                }
                Thread.sleep(20);
            }
        }
    }

    /**
     * A run of failures is counted from the subscription's row: a delivery that succeeded earlier in the same claim
     * ended the run, so a failure after it is the first of a new one. Counted from the claim's first look (three
     * failures before it), it was the fourth in a row and paused the subscription (pause-after is 4 in tests).
     */
    @Test
    void aFailureAfterASuccessInTheSameClaimStartsANewRun() throws Exception {
        receiver.stubFor(post(urlPathEqualTo(path))
                .inScenario(path)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200))
                .willSetStateTo("down"));
        receiver.stubFor(post(urlPathEqualTo(path))
                .inScenario(path)
                .whenScenarioStateIs("down")
                .willReturn(aResponse().withStatus(503)));
        String id = subscribe(SUSPENDED, RESUMED).getString("id");
        held(id);
        suspendedAndResumed();
        update(id, "consecutive_failures = 3, next_attempt_at = now()");
        deliverUntil(() -> received().size() >= 2);
        json().get(WEBHOOKS + "/" + id)
                .then()
                .body("status", equalTo("ACTIVE"))
                .body("consecutiveFailures", equalTo(1));
    }

    /**
     * Its owner's redelivery from an earlier position, asked while a claim is sending, stands: the claim's next step
     * finds the cursor moved and stops, and the next claim starts from where the owner put it. The claim used to move
     * the cursor past the owner's position again, and the redelivery was lost although it was answered 200.
     */
    @Test
    void aRedeliveryAskedWhileAClaimIsSendingIsNotUndone() throws Exception {
        String id = subscribe(SUSPENDED, RESUMED).getString("id");
        String before = json().get(WEBHOOKS + "/" + id).path("cursor");
        held(id);
        suspendedAndResumed();
        java.util.concurrent.CompletableFuture<Void> claim = slowClaim(id, 200, "next_attempt_at = now()");
        // an event is on its way: the owner asks for everything after the first cursor again
        json().body(Map.of("after", before))
                .post(WEBHOOKS + "/" + id + "/redeliver")
                .then()
                .statusCode(200);
        java.util.Date asked = new java.util.Date();
        claim.get(30, java.util.concurrent.TimeUnit.SECONDS);
        answer(200);
        BooleanSupplier againInOrder = () -> types(once(received().stream()
                        .filter(request -> request.getLoggedDate().after(asked))
                        .toList()))
                .equals(List.of(SUSPENDED, RESUMED));
        deliverUntil(againInOrder);
    }

    /**
     * An owner may unsubscribe while an event is on its way: the attempt finishes and is not recorded, without an
     * error (its record in the delivery log failed on the foreign key and was logged as an unexpected failure).
     */
    @Test
    void aSubscriptionDeletedWhileAnEventIsOnItsWayGoesQuietly() throws Exception {
        String id = subscribe(SUSPENDED).getString("id");
        held(id);
        move(Fixtures.importProject("ACTIVE"), "suspend");
        java.util.concurrent.CompletableFuture<Void> claim = slowClaim(id, 200, "next_attempt_at = now()");
        json().delete(WEBHOOKS + "/" + id).then().statusCode(204);
        subscriptions.remove(id);
        claim.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(1, received().size());
        json().get(WEBHOOKS + "/" + id).then().statusCode(404);
    }

    /**
     * A delivery that fails after its owner changed the subscription (here: a new secret, while the attempt was on its
     * way) does not count against it: it was sent as the subscription was before. It used to count, and the fourth
     * failure in a row paused the subscription its owner had just repaired (pause-after is 4 in tests).
     */
    @Test
    void aFailureOfWhatWasSentBeforeItsOwnerChangedItDoesNotCount() throws Exception {
        String id = subscribe(SUSPENDED).getString("id");
        held(id);
        suspended();
        java.util.concurrent.CompletableFuture<Void> claim =
                slowClaim(id, 503, "consecutive_failures = 3, next_attempt_at = now()");
        json().post(WEBHOOKS + "/" + id + "/rotate-secret").then().statusCode(200);
        claim.get(30, java.util.concurrent.TimeUnit.SECONDS);
        // the attempt is logged before its failure is counted (or not), by whichever claim sent it
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (json().get(WEBHOOKS + "/" + id + "/deliveries").path("total").equals(0)
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(200);
        json().get(WEBHOOKS + "/" + id)
                .then()
                .body("status", equalTo("ACTIVE"))
                .body("consecutiveFailures", equalTo(3));
    }

    /**
     * A subscriber slow to answer keeps its own worker busy, not the others: while one takes 0.9 s per event (a batch
     * of five, 4.5 s), another's event is delivered at the next tick. The scheduled tick used to wait for every
     * delivery it had claimed, so the second subscriber waited for the first one's whole batch. Only the scheduler
     * delivers here.
     */
    @Test
    void aSlowSubscriberHoldsBackOnlyItsOwnDeliveries() throws Exception {
        String slow = path;
        receiver.stubFor(post(urlPathEqualTo(slow))
                .willReturn(aResponse().withStatus(200).withFixedDelay(900)));
        subscribe(SUSPENDED);
        for (int i = 0; i < 5; i++) {
            move(Fixtures.importProject("ACTIVE"), "suspend");
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (receiver.findAll(postRequestedFor(urlPathEqualTo(slow))).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        path = "/hook-" + UUID.randomUUID();
        answer(200);
        subscribe(SUSPENDED);
        move(Fixtures.importProject("ACTIVE"), "suspend");
        long sent = System.nanoTime();
        while (received().isEmpty() && System.nanoTime() - sent < 10_000_000_000L) {
            Thread.sleep(20);
        }
        long took = (System.nanoTime() - sent) / 1_000_000;
        assertEquals(1, received().size());
        org.junit.jupiter.api.Assertions.assertTrue(
                took < 2_500, "the fast subscriber waited " + took + " ms for the slow one's batch");
        org.junit.jupiter.api.Assertions.assertTrue(
                receiver.findAll(postRequestedFor(urlPathEqualTo(slow))).size() < 6,
                "the slow subscriber was still being sent to");
    }

    /**
     * One owner's slow subscribers keep at most two of the four workers busy ({@code kus.webhooks.owner-workers}), so
     * another owner's event goes out at the next tick (here four answering in 0.9 s, five events each; in a probe,
     * four answering in 9 s held all four workers, and another owner's events waited 26 s). Only the scheduler
     * delivers here.
     */
    @Test
    void oneOwnersSlowSubscribersLeaveWorkersForOthers() throws Exception {
        List<String> slow = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String each = "/slow-" + UUID.randomUUID();
            receiver.stubFor(post(urlPathEqualTo(each))
                    .willReturn(aResponse().withStatus(200).withFixedDelay(900)));
            subscribeAt("http://127.0.0.1:" + receiver.port() + each, SUSPENDED);
            slow.add(each);
        }
        for (int i = 0; i < 5; i++) {
            move(Fixtures.importProject("ACTIVE"), "suspend");
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (slow.stream()
                                .filter(each -> !receiver.findAll(postRequestedFor(urlPathEqualTo(each)))
                                        .isEmpty())
                                .count()
                        < 2
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        String other = Api.asRole(kr.go.msit.standards.platform.security.Roles.AUDITOR)
                .body(Map.of("targetUrl", "http://127.0.0.1:" + receiver.port() + path, "types", List.of(SUSPENDED)))
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try {
            move(Fixtures.importProject("ACTIVE"), "suspend");
            long sent = System.nanoTime();
            while (received().isEmpty() && System.nanoTime() - sent < 10_000_000_000L) {
                Thread.sleep(20);
            }
            long took = (System.nanoTime() - sent) / 1_000_000;
            org.junit.jupiter.api.Assertions.assertFalse(received().isEmpty(), "the other owner got nothing");
            org.junit.jupiter.api.Assertions.assertTrue(
                    took < 2_500, "the other owner waited " + took + " ms for one owner's slow subscribers");
        } finally {
            Api.asRole(kr.go.msit.standards.platform.security.Roles.AUDITOR)
                    .delete(WEBHOOKS + "/" + other)
                    .then()
                    .statusCode(204);
        }
    }

    /**
     * A target URL of up to 2,000 characters is admitted, and one of non-ASCII characters is up to 8 KB: more than an
     * index row holds. Its uniqueness is kept on its digest; subscribing with one was a 500.
     */
    @Test
    void aLongNonAsciiTargetIsSubscribedOnce() {
        Map<String, Object> body = new HashMap<>();
        java.util.Random random = new java.util.Random(7); // syllables at random, so that no compression shrinks it
        StringBuilder tail = new StringBuilder();
        for (int i = 0; i < 1900; i++) {
            tail.append((char) (0xAC00 + random.nextInt(11172)));
        }
        body.put("targetUrl", "http://127.0.0.1:" + receiver.port() + "/" + tail);
        body.put("types", List.of(SUSPENDED));
        String id = subscribedOnce(body);
        // the same receiver written another way is the same target
        body.put("targetUrl", "HTTP://127.0.0.1:0" + receiver.port() + "/" + tail);
        json().body(body).post(WEBHOOKS).then().statusCode(409).body("existingId", equalTo(id));
        body.put("targetUrl", "http://[::ffff:127.0.0.1]:" + receiver.port() + "/x/../%2e/" + tail + "?");
        json().body(body).post(WEBHOOKS).then().statusCode(409).body("existingId", equalTo(id));
    }

    /** Subscribes {@code body} (201) and checks that the same body again is 409 naming it; returns its id. */
    private String subscribedOnce(Map<String, Object> body) {
        String id = json().body(body)
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        subscriptions.add(id);
        json().body(body).post(WEBHOOKS).then().statusCode(409).body("existingId", equalTo(id));
        return id;
    }

    /** A subscription kept in an older form (before IPv6, escapes and dot segments were read) is still found. */
    @Test
    void aTargetKeptInAnOlderFormIsTheSameReceiver() throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("targetUrl", "http://127.0.0.1:" + receiver.port() + "/older/form");
        body.put("types", List.of(SUSPENDED));
        String id = subscribedOnce(body);
        update(id, "target_url = 'http://127.0.0.1:" + receiver.port() + "/older/./%66orm'");
        json().body(body).post(WEBHOOKS).then().statusCode(409).body("existingId", equalTo(id));
    }

    /**
     * A client whose first answer was lost learns the subscription's id from the 409, also when its retries ran at
     * once: the losers were answered by the unique index, without {@code existingId}.
     */
    @Test
    void subscriptionsOfOneTargetAtOnceAreOneAndEveryOtherAnswerNamesIt() throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("targetUrl", "http://127.0.0.1:" + receiver.port() + "/at-once-" + UUID.randomUUID());
        body.put("types", List.of(SUSPENDED));
        List<io.restassured.response.Response> answers = kr.go.msit.standards.testsupport.AtOnce.times(
                6, () -> json().body(body).post(WEBHOOKS));
        List<String> created = answers.stream()
                .filter(r -> r.statusCode() == 201)
                .map(r -> r.<String>path("id"))
                .toList();
        subscriptions.addAll(created);
        org.junit.jupiter.api.Assertions.assertEquals(1, created.size(), answers.toString());
        for (io.restassured.response.Response answer : answers) {
            if (answer.statusCode() != 201) {
                org.junit.jupiter.api.Assertions.assertEquals(
                        List.of("409", created.get(0)),
                        List.of(String.valueOf(answer.statusCode()), String.valueOf(answer.<Object>path("existingId"))),
                        answer.asString());
            }
        }
    }

    @Test
    void replicasDeliverEachEventOnce() throws Exception {
        String id = subscribe(SUSPENDED, RESUMED).getString("id");
        json().post(WEBHOOKS + "/" + id + "/pause").then().statusCode(200).body("status", equalTo("PAUSED"));
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String project = suspendedAndResumed();
            projects.add(project);
        }
        json().post(WEBHOOKS + "/" + id + "/resume").then().statusCode(200);
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            running.add(replicas.submit(() -> {
                for (int round = 0; round < 20; round++) {
                    worker.deliverDue();
                }
            }));
        }
        for (Future<?> each : running) {
            each.get();
        }
        replicas.shutdown();
        deliverUntil(() -> received().size() >= 6);
        List<String> ids =
                received().stream().map(r -> r.getHeader("webhook-id")).toList();
        assertEquals(6, ids.size());
        assertEquals(6, ids.stream().distinct().count(), "each event once");
    }

    @Test
    void targetsInsideTheNetworkAreRefusedWhenSubscribingAndWhenDelivering() throws Exception {
        for (String target : List.of(
                "http://10.1.2.3/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://127.0.0.2:8080/hook",
                "http://[::1]/hook",
                "http://[fd00::1]/hook",
                "ftp://receiver.example/hook")) {
            json().body(Map.of("targetUrl", target))
                    .post(WEBHOOKS)
                    .then()
                    .statusCode(422)
                    .body("rule", equalTo("target-not-allowed"));
        }
        // a host that resolved to a public address when subscribed, and to loopback when its event is delivered
        String[] address = {"93.184.216.34"};
        guard.resolveWith(host -> host.equals("hooks.example.test")
                ? new InetAddress[] {InetAddress.getByName(address[0])}
                : InetAddress.getAllByName(host));
        String id = json().body(Map.of(
                        "targetUrl",
                        "http://hooks.example.test:" + receiver.port() + path,
                        "types",
                        List.of(SUSPENDED)))
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        subscriptions.add(id);
        address[0] = "127.0.0.2";
        suspended();
        deliverUntil(() -> !json().get(WEBHOOKS + "/" + id + "/deliveries")
                .path("items")
                .toString()
                .equals("[]"));
        json().get(WEBHOOKS + "/" + id + "/deliveries")
                .then()
                .body("items[0].outcome", equalTo("REFUSED"))
                .body("items[0].statusCode", nullValue())
                .body("items[0].error", org.hamcrest.Matchers.containsString("internal address"))
                // the log does not name the address: it would map the internal network for the subscriber
                .body("items[0].error", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("127.0.0.2")));
        assertEquals(0, received().size());
    }

    /**
     * A delivery connects to the address its host was checked at, and does not look the host up again: between a check
     * and a second lookup, a DNS answer can change (rebinding) from a public address to an internal one. The host here
     * resolves through the guard only (no DNS knows it), so a second lookup could not connect at all; the request still
     * names the host, as its TLS certificate and virtual host need.
     */
    @Test
    void aDeliveryConnectsToTheAddressItsHostWasCheckedAt() throws Exception {
        guard.resolveWith(host -> host.equals("pinned.example.test")
                ? new InetAddress[] {InetAddress.getByName("127.0.0.1")}
                : InetAddress.getAllByName(host));
        String id = subscribeAt("http://pinned.example.test:" + receiver.port() + path, SUSPENDED)
                .getString("id");
        move(Fixtures.importProject("ACTIVE"), "suspend");
        deliverUntil(() -> received().size() >= 1);
        assertEquals("pinned.example.test:" + receiver.port(), received().get(0).getHeader("Host"));
        json().get(WEBHOOKS + "/" + id + "/deliveries").then().body("items[0].outcome", equalTo("DELIVERED"));
    }

    @Test
    void anInstitutionsSubscriptionDeliversItsOwnRecordsOnly() throws Exception {
        io.restassured.specification.RequestSpecification kriss =
                Api.as(kr.go.msit.standards.testsupport.TestTokens.institution(Fixtures.KRISS));
        String id = kriss.body(
                        Map.of("targetUrl", "http://127.0.0.1:" + receiver.port() + path, "types", List.of(SUSPENDED)))
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String own = suspendOneOfKrissAndOneOfEtri();
        deliverUntil(() -> received().size() >= 1);
        Thread.sleep(300);
        worker.deliverDue();
        // distinct: delivery is at least once, and an answer later than the timeout (1 s here, on a loaded machine)
        // is retried, so the same event may arrive twice; what is asserted is whose records arrive
        assertEquals(
                List.of(own),
                received().stream()
                        .map(r -> JsonPath.from(r.getBodyAsString()).getString("subject"))
                        .distinct()
                        .toList());
        json().get(WEBHOOKS + "/" + id).then().statusCode(404); // another owner's
        Api.as(kr.go.msit.standards.testsupport.TestTokens.institution(Fixtures.KRISS))
                .delete(WEBHOOKS + "/" + id)
                .then()
                .statusCode(204);
    }

    /**
     * The delivery workers visit every subscription, so one caller's thousands of idle subscriptions (one target with
     * {@code ?n=1}, {@code ?n=2} … passes the "already subscribed" check) put everyone's deliveries minutes apart.
     * One owner holds 25 at most; another owner is not held back by that.
     */
    @Test
    void oneOwnerHoldsABoundedNumberOfSubscriptions() {
        String target = "http://127.0.0.1:" + receiver.port() + path + "?n=";
        for (int n = 0; n < 25; n++) {
            subscribeAt(target + n, SUSPENDED);
        }
        json().body(Map.of("targetUrl", target + 25, "types", List.of(SUSPENDED)))
                .post(WEBHOOKS)
                .then()
                .statusCode(422)
                .body("rule", equalTo("subscription-limit"));
        String other = Api.asRole(kr.go.msit.standards.platform.security.Roles.VIEWER)
                .body(Map.of("targetUrl", target + 25, "types", List.of(RESUMED)))
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.asRole(kr.go.msit.standards.platform.security.Roles.VIEWER)
                .delete(WEBHOOKS + "/" + other)
                .then()
                .statusCode(204);
    }

    /**
     * The service learns what an owner may read only from the owner's token. A subscription used to keep the roles its
     * owner had when subscribing, for good: a program manager moved to an institution's account (same subject) went on
     * receiving every institution's records. Any change by the owner now binds it to the roles of that call's token.
     */
    @Test
    void aSubscriptionReadsAsItsOwnerMayReadNowOnceRenewed() throws Exception {
        String subject = "webhook-owner-" + UUID.randomUUID();
        io.restassured.specification.RequestSpecification manager =
                Api.as(kr.go.msit.standards.testsupport.TestTokens.subject(
                        subject, kr.go.msit.standards.platform.security.Roles.PROGRAM_MANAGER));
        JsonPath created = manager.body(Map.of("targetUrl", "http://127.0.0.1:" + receiver.port() + path))
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = created.getString("id");
        java.time.Instant firstExpiry = java.time.Instant.parse(created.getString("expiresAt"));
        assertTrue(firstExpiry.isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(29))));
        String kriss = kr.go.msit.standards.testsupport.TestTokens.of(subject, Fixtures.KRISS, "institution");
        Api.asRole(kr.go.msit.standards.platform.security.Roles.AUDITOR)
                .post(WEBHOOKS + "/" + id + "/renew")
                .then()
                .statusCode(403);
        Api.as(kriss)
                .header("If-Match", "\"" + created.getLong("version") + "\"")
                .post(WEBHOOKS + "/" + id + "/renew")
                .then()
                .statusCode(200)
                .header("ETag", "\"" + (created.getLong("version") + 1) + "\"")
                .body("status", equalTo("ACTIVE"));
        String own = suspendOneOfKrissAndOneOfEtri();
        deliverUntil(() -> receivedTypes().contains(SUSPENDED));
        Thread.sleep(300);
        worker.deliverDue();
        List<String> subjects = received().stream()
                .map(r -> JsonPath.from(r.getBodyAsString()).getString("subject"))
                .distinct()
                .toList();
        assertEquals(List.of(own), subjects, "only the institution's own records, as its owner may read now");
        Api.as(kriss).delete(WEBHOOKS + "/" + id).then().statusCode(204);
    }

    /**
     * Bound to its owner's roles as they are now, a subscription to types those roles may no longer read would deliver
     * nothing of them, silently: the change that would bind it so is refused, naming the types. Pausing (which delivers
     * nothing) and deleting stay allowed.
     */
    @Test
    void aChangeThatWouldBindItToRolesThatMayNotReadItsTypesIsRefused() {
        String subject = "webhook-owner-" + UUID.randomUUID();
        String evaluations = "kr.go.msit.kus.evaluation.created";
        JsonPath created = Api.as(kr.go.msit.standards.testsupport.TestTokens.subject(
                        subject, kr.go.msit.standards.platform.security.Roles.PROGRAM_MANAGER))
                .body(Map.of(
                        "targetUrl",
                        "http://127.0.0.1:" + receiver.port() + path,
                        "types",
                        List.of(SUSPENDED, evaluations)))
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = created.getString("id");
        String kriss = kr.go.msit.standards.testsupport.TestTokens.of(subject, Fixtures.KRISS, "institution");
        for (String change : List.of("renew", "rotate-secret")) {
            Api.as(kriss)
                    .post(WEBHOOKS + "/" + id + "/" + change)
                    .then()
                    .statusCode(422)
                    .body("rule", equalTo("event-type-not-readable"))
                    .body("types", equalTo(List.of(evaluations)));
        }
        Api.as(kriss).post(WEBHOOKS + "/" + id + "/pause").then().statusCode(200);
        Api.as(kriss)
                .post(WEBHOOKS + "/" + id + "/resume")
                .then()
                .statusCode(422)
                .body("rule", equalTo("event-type-not-readable"));
        Api.as(kriss)
                .get(WEBHOOKS + "/" + id)
                .then()
                .body("status", equalTo("PAUSED"))
                .body("types", equalTo(List.of(SUSPENDED, evaluations)));
        Api.as(kriss).delete(WEBHOOKS + "/" + id).then().statusCode(204);
    }

    /** A subscription its owner does not renew lapses: paused, with the reason; resuming renews it. */
    @Test
    void aSubscriptionNotRenewedIsPausedWhenItExpiresAndResumingRenewsIt() throws Exception {
        String id = subscribe(SUSPENDED).getString("id");
        update(id, "expires_at = now() - interval '1 second'");
        suspended();
        deliverUntil(() -> "PAUSED".equals(json().get(WEBHOOKS + "/" + id).path("status")));
        json().get(WEBHOOKS + "/" + id).then().body("statusReason", org.hamcrest.Matchers.startsWith("expired at"));
        assertEquals(0, received().size(), "an expired subscription delivers nothing");
        String expiresAt = json().post(WEBHOOKS + "/" + id + "/resume")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .extract()
                .path("expiresAt");
        assertTrue(java.time.Instant.parse(expiresAt)
                .isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(29))));
        deliverUntil(() -> received().size() >= 1);
        assertEquals(List.of(SUSPENDED), types(receivedOnce(0)));
    }

    /**
     * A subscriber whose cursor retention has passed (it failed, or was paused, that long) is paused with reason
     * {@code cursor-expired}, so that its owner learns of the loss; it used to go on from the oldest event kept, and
     * only the service's log said that events were lost. Resuming goes on from the oldest event kept.
     */
    @Test
    void aSubscriberBehindTheRetentionIsPausedAndResumesFromTheOldestEventKept() throws Exception {
        String id = subscribe(SUSPENDED).getString("id");
        held(id);
        String lost = Fixtures.importProject("ACTIVE");
        move(lost, "suspend");
        String cut = feedEnd();
        try (Connection connection = dataSource.getConnection()) {
            Pruning.upTo(connection, cut);
        }
        update(id, "next_attempt_at = now()");
        deliverUntil(() -> "PAUSED".equals(json().get(WEBHOOKS + "/" + id).path("status")));
        json().get(WEBHOOKS + "/" + id)
                .then()
                .body("statusReason", org.hamcrest.Matchers.startsWith("cursor-expired"))
                .body("consecutiveFailures", equalTo(0));
        json().post(WEBHOOKS + "/" + id + "/resume").then().statusCode(200).body("cursor", equalTo(cut));
        String later = Fixtures.importProject("ACTIVE");
        move(later, "suspend");
        deliverUntil(() -> received().size() >= 1);
        assertEquals(later, JsonPath.from(received().get(0).getBodyAsString()).getString("subject"));
    }

    @Test
    void anIdleSubscriptionIsNotClaimedUntilAnEventFollowsItsCursor() throws Exception {
        String id = subscribe(SUSPENDED).getString("id");
        update(id, "next_attempt_at = now() - interval '1 minute'"); // due, as after any earlier visit
        String due = json().get(WEBHOOKS + "/" + id).path("nextAttemptAt");
        for (int tick = 0; tick < 3; tick++) {
            worker.deliverDue();
        }
        // claimed and given back, it would be due again from now: nothing to deliver leaves the row untouched
        json().get(WEBHOOKS + "/" + id)
                .then()
                .body("nextAttemptAt", equalTo(due))
                .body("version", equalTo(0));
        String project = suspended();
        deliverUntil(() -> received().size() >= 1);
        assertEquals(project, JsonPath.from(received().get(0).getBodyAsString()).getString("subject"));
    }

    /** The position after the last event of the projects feed now. */
    private static String feedEnd() {
        JsonPath page = json().get("/api/v1/events/projects?size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        while (page.getBoolean("more")) {
            page = json().get("/api/v1/events/projects?size=200&after=" + page.getString("next"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
        }
        return page.getString("next");
    }

    /**
     * A target's path or query often carries the subscriber's credentials (a token parameter, a secret path segment).
     * Its owner sees it; an auditor, who reads every subscription, sees where events go (the origin), and the audit
     * trail keeps no more than that.
     */
    @Test
    void aTargetsPathAndQueryAreShownToItsOwnerOnly() {
        java.time.Instant since = java.time.Instant.now().minusSeconds(2);
        String secret = "s3cret-" + UUID.randomUUID();
        String target = "http://127.0.0.1:" + receiver.port() + path + "?token=" + secret;
        JsonPath created = subscribeAt(target, SUSPENDED);
        String id = created.getString("id");
        assertEquals(target, created.getString("targetUrl"));
        json().get(WEBHOOKS + "/" + id).then().body("targetUrl", equalTo(target));
        json().header("If-Match", "\"0\"")
                .post(WEBHOOKS + "/" + id + "/pause")
                .then()
                .statusCode(200);
        String origin = "http://127.0.0.1:" + receiver.port() + "/…";
        Api.asRole(kr.go.msit.standards.platform.security.Roles.AUDITOR)
                .get(WEBHOOKS + "/" + id)
                .then()
                .statusCode(200)
                .body("targetUrl", equalTo(origin));
        Api.asRole(kr.go.msit.standards.platform.security.Roles.AUDITOR)
                .get(WEBHOOKS + "?size=100")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + id + "' }.targetUrl", equalTo(origin));
        String trail = Api.asRole(kr.go.msit.standards.platform.security.Roles.AUDITOR)
                .get("/api/v1/audit/projects?resource=webhook&size=100&from=" + since)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(trail.contains(id) && trail.contains(origin), trail);
        assertFalse(trail.contains(secret), trail);
    }

    @Test
    void subscriptionsAreTheirOwnersAndTypesMustBeReadable() {
        String id = subscribe(SUSPENDED).getString("id");
        String target = "http://127.0.0.1:" + receiver.port() + path;
        json().body(Map.of("targetUrl", target))
                .post(WEBHOOKS)
                .then()
                .statusCode(409)
                .body("existingId", equalTo(id));
        Api.asRole(kr.go.msit.standards.platform.security.Roles.VIEWER)
                .get(WEBHOOKS + "/" + id)
                .then()
                .statusCode(404);
        Api.asRole(kr.go.msit.standards.platform.security.Roles.AUDITOR)
                .get(WEBHOOKS + "/" + id)
                .then()
                .statusCode(200);
        Api.asRole(kr.go.msit.standards.platform.security.Roles.AUDITOR)
                .post(WEBHOOKS + "/" + id + "/pause")
                .then()
                .statusCode(403);
        Api.asRole(kr.go.msit.standards.platform.security.Roles.VIEWER)
                .body(Map.of(
                        "targetUrl",
                        target,
                        "types",
                        List.of(
                                "kr.go.msit.kus.application.created",
                                "kr.go.msit.kus.program.created",
                                "kr.go.msit.kus.application.submitted")))
                .post(WEBHOOKS)
                .then()
                .statusCode(422)
                .body("rule", equalTo("event-type-not-readable"))
                // every type refused (and only those), as on changing a subscription
                .body(
                        "types",
                        equalTo(List.of("kr.go.msit.kus.application.created", "kr.go.msit.kus.application.submitted")));
        json().body(Map.of("targetUrl", target + "x", "types", List.of("kr.go.msit.kus.project.exploded")))
                .post(WEBHOOKS)
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-event-type"));
        json().header("If-Match", "\"999\"")
                .post(WEBHOOKS + "/" + id + "/pause")
                .then()
                .statusCode(412);
        json().post(WEBHOOKS + "/" + id + "/resume").then().statusCode(409).body("currentState", equalTo("ACTIVE"));
        json().body(Map.of("targetUrl", target + "y", "after", "999999999999.0"))
                .post(WEBHOOKS)
                .then()
                .statusCode(400); // a cursor no read of the feed gave
    }
}

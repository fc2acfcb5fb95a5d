package kr.go.msit.standards.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for projects-service's {@code GET /api/v1/projects/{id}}, for the services that call it: a WireMock
 * server that knows no project until a test declares one ({@code String id = ProjectsStub.activeProject();}); any
 * other id is 404. What a test declares is what the stub answers, for that project only:
 * <ul>
 *   <li>{@link #activeProject()}: ACTIVE, 2025-01-01 – 2030-12-31 (a year beyond the program's, so that the
 *       envelope's own years are checked too), awarded 37.5 bn KRW (the whole program);</li>
 *   <li>{@link #programProject()} and {@link #seededProject(int)}: ACTIVE like the 8 projects of 2025,
 *       2025-01-01 – 2027-12-31, awarded 1.25 bn KRW;</li>
 *   <li>{@link #runningProject()}: ACTIVE, 2025-01-01 until ten years after today, awarded 1.25 bn KRW;
 *       {@link #projectRunning} likewise over the period a test gives;</li>
 *   <li>{@link #setStatus} then changes a declared project's state, {@link #fail} makes it answer 500,
 *       {@link #slow} answer late and {@link #forget} 404;</li>
 *   <li>{@link #requestsFor} and {@link #lastHeader} tell what the service sent (Authorization, traceparent).</li>
 * </ul>
 * Every project belongs to the 2025 program and is led by KRISS, with ETRI as its joint institution, in technology
 * area QUANTUM.
 */
public class ProjectsStub implements QuarkusTestResourceLifecycleManager {

    public static final String PROGRAM_2025 = "a0000000-0000-4000-8000-000000002025";
    /** What a 2025 project was awarded. */
    public static final long PROJECT_AWARD_KRW = 1_250_000_000L;

    private static final String PATH = "/api/v1/projects/";

    private static WireMockServer server;
    /** What each declared project is, to answer it again in another state. */
    private static final Map<String, StubProject> DECLARED = new ConcurrentHashMap<>();
    /** Each declared project's states and when it entered them ({@code [status, instant]}), as its statusHistory. */
    private static final Map<String, List<String[]>> HISTORY = new ConcurrentHashMap<>();

    /** An ACTIVE project of the 2025 program whose period and award are the program's own (2025–2030, 37.5 bn). */
    public static String activeProject() {
        String id = UUID.randomUUID().toString();
        return declare(id, new StubProject("KUS-T-" + id.substring(28).toUpperCase(), false), "ACTIVE");
    }

    /** An ACTIVE project like the 8 of 2025: period 2025-01-01 – 2027-12-31, awarded 1.25 bn KRW. */
    public static String programProject() {
        String id = UUID.randomUUID().toString();
        return declare(id, new StubProject("KUS-T-" + id.substring(28).toUpperCase(), true), "ACTIVE");
    }

    /** KUS-2025-0{@code n}, one of the 8 projects of 2025, ACTIVE, with the id projects-service seeds it under. */
    public static String seededProject(int n) {
        String id = "a0000002-0000-4000-8000-00000000000" + n;
        return declare(id, new StubProject("KUS-2025-0" + n, true), "ACTIVE");
    }

    /**
     * KUS-T-RUNNING, ACTIVE, awarded 1.25 bn KRW, whose period runs from 2025 to ten years after today (always the
     * same id): for records whose days must lie within their project's period, planned from today on.
     */
    public static String runningProject() {
        String id = "a0000002-0000-4000-8000-0000000000aa";
        return declare(
                id,
                new StubProject(
                        "KUS-T-RUNNING",
                        true,
                        LocalDate.of(2025, 1, 1),
                        LocalDate.now().plusYears(10)),
                "ACTIVE");
    }

    /** An ACTIVE project like the 8 of 2025 whose period runs from {@code start} to {@code end}. */
    public static String projectRunning(LocalDate start, LocalDate end) {
        String id = UUID.randomUUID().toString();
        return declare(id, new StubProject("KUS-T-" + id.substring(28).toUpperCase(), true, start, end), "ACTIVE");
    }

    /** A project that is over: COMPLETED. */
    public static String completedProject() {
        String id = UUID.randomUUID().toString();
        return declare(id, new StubProject("KUS-2024-99", false), "COMPLETED");
    }

    /** From now on the stub answers the declared ACTIVE project with the period {@code start} – {@code end}. */
    public static void setPeriod(String projectId, LocalDate start, LocalDate end) {
        StubProject shape = shape(projectId);
        DECLARED.put(projectId, new StubProject(shape.code(), shape.program(), start, end));
        setStatus(projectId, "ACTIVE");
    }

    /** From now on the stub answers {@code status} for the declared project, entered now. */
    public static void setStatus(String projectId, String status) {
        setStatus(projectId, status, Instant.now());
    }

    /** From now on the stub answers {@code status} for the declared project, entered at {@code since}. */
    public static void setStatus(String projectId, String status, Instant since) {
        HISTORY.computeIfAbsent(projectId, id -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(new String[] {status, since.toString()});
        answer(projectId, okJson(json(projectId, shape(projectId), status, since)));
    }

    /** From now on the stub answers 500 for the project (projects-service failing), until {@link #setStatus}. */
    public static void fail(String projectId) {
        answer(projectId, problem(500));
    }

    /** From now on projects-service no longer knows the project: 404. */
    public static void forget(String projectId) {
        answer(projectId, problem(404));
    }

    /** From now on the stub answers the declared project only after {@code millis}. */
    public static void slow(String projectId, int millis) {
        answer(
                projectId,
                okJson(json(projectId, shape(projectId), "ACTIVE", null)).withFixedDelay(millis));
    }

    /** What the service under test sent when it asked for the project, oldest first. */
    public static List<LoggedRequest> requestsFor(String projectId) {
        return server.findAll(getRequestedFor(urlPathEqualTo(PATH + projectId)));
    }

    /** How often the service under test asked the project's continuation of {@code fiscalYear} (answered or not). */
    public static int continuationRequests(String projectId, int fiscalYear) {
        return server.findAll(getRequestedFor(urlPathEqualTo(PATH + projectId + "/continuation"))
                        .withQueryParam(
                                "fiscalYear",
                                com.github.tomakehurst.wiremock.client.WireMock.equalTo(Integer.toString(fiscalYear))))
                .size();
    }

    /** The header the service sent the last time it asked for the project (null when it sent none). */
    public static String lastHeader(String projectId, String header) {
        List<LoggedRequest> requests = requestsFor(projectId);
        if (requests.isEmpty()) {
            throw new AssertionError("nothing asked projects-service for " + projectId);
        }
        return requests.get(requests.size() - 1).getHeader(header);
    }

    private static String declare(String id, StubProject shape, String status) {
        DECLARED.put(id, shape);
        HISTORY.put(id, new java.util.concurrent.CopyOnWriteArrayList<>());
        HISTORY.get(id).add(new String[] {status, "2025-01-01T00:00:00Z"});
        answer(id, okJson(json(id, shape, status, null)));
        // every year's money is allowed until the test says otherwise ({@link #continuation})
        server.stubFor(get(urlPathEqualTo(PATH + id + "/continuation"))
                .atPriority(5)
                .willReturn(
                        okJson("{\"projectId\":\"" + id + "\",\"fiscalYear\":0,\"allowed\":true,\"basis\":\"CONTINUE\","
                                + "\"capKrw\":" + Long.MAX_VALUE + "}")));
        return id;
    }

    /**
     * From now on projects-service answers the 2025 program ({@link #PROGRAM_2025}) with this envelope and these
     * years; at start, as seeded: 37.5 bn KRW over 2025–2029. A test that changes it puts it back.
     */
    public static void program(long envelopeKrw, int startYear, int endYear) {
        server.stubFor(get(urlPathEqualTo("/api/v1/programs/" + PROGRAM_2025))
                .atPriority(1)
                .willReturn(okJson("{\"id\":\"" + PROGRAM_2025 + "\",\"code\":\"KUS\",\"startYear\":" + startYear
                        + ",\"endYear\":" + endYear + ",\"envelopeKrw\":" + envelopeKrw + "}")));
    }

    /** From now on projects-service fails (500) when asked the project's continuation. */
    public static void failContinuation(String projectId) {
        server.stubFor(get(urlPathEqualTo(PATH + projectId + "/continuation"))
                .atPriority(1)
                .willReturn(problem(500)));
    }

    /** From now on projects-service answers {@code basis} for the project's {@code fiscalYear}, with this cap. */
    public static void continuation(String projectId, int fiscalYear, boolean allowed, String basis, long capKrw) {
        continuation(projectId, fiscalYear, allowed, basis, capKrw, 0);
    }

    /**
     * As {@link #continuation(String, int, boolean, String, long)}, the answer spread over {@code millis}: a piece
     * every 100 ms or so, so that a client's read timeout (500 ms in tests, a time without data) does not end it.
     */
    public static void continuation(
            String projectId, int fiscalYear, boolean allowed, String basis, long capKrw, int millis) {
        server.stubFor(get(urlPathEqualTo(PATH + projectId + "/continuation"))
                .withQueryParam(
                        "fiscalYear",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(Integer.toString(fiscalYear)))
                .atPriority(1)
                .willReturn(okJson("{\"projectId\":\"" + projectId + "\",\"fiscalYear\":" + fiscalYear + ",\"allowed\":"
                                + allowed + ",\"basis\":\"" + basis + "\",\"capKrw\":" + capKrw + "}")
                        .withChunkedDribbleDelay(Math.max(2, millis / 100), millis)));
    }

    private static StubProject shape(String projectId) {
        StubProject shape = DECLARED.get(projectId);
        if (shape == null) {
            throw new IllegalArgumentException(projectId + " was not declared by this test");
        }
        return shape;
    }

    private static void answer(String projectId, ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo(PATH + projectId)).atPriority(1).willReturn(response));
    }

    private static String json(String id, StubProject shape, String status, Instant since) {
        return shape.json(id, status, HISTORY.getOrDefault(id, List.of()), since);
    }

    /** What projects-service answers, as a problem, when it fails (500) or knows no such project (404). */
    private static ResponseDefinitionBuilder problem(int status) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", status == 404 ? "application/problem+json" : "application/json")
                .withBody("{\"status\":" + status + "}");
    }

    @Override
    public Map<String, String> start() {
        server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        // what projects-service answers for a project it does not know
        server.stubFor(get(anyUrl()).atPriority(10).willReturn(problem(404)));
        program(37_500_000_000L, 2025, 2029);
        return Map.of("quarkus.rest-client.projects.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}

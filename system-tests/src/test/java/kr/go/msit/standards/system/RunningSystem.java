package kr.go.msit.standards.system;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kr.go.msit.standards.launcher.DevTokens;
import kr.go.msit.standards.launcher.Launcher;
import kr.go.msit.standards.testsupport.contract.ContractValidation;

/**
 * The whole system as ./run.sh starts it (the same launcher): PostgreSQL 17 from embedded binaries with its own
 * data folder under target/, the three services and the gateway as separate JVMs on free ports. Started once per
 * test JVM and stopped when it ends.
 */
final class RunningSystem {

    static final String ISSUER = "https://kus.localhost/dev-issuer";
    static final String AUDIENCE = "kus-api";
    /** The 2025 program's budget envelope (funding-service seed). */
    static final String ENVELOPE = "b0000000-0000-4000-8000-000000002025";

    private static RunningSystem instance;

    final Launcher launcher;
    final String gateway;
    private final DevTokens tokens;

    private RunningSystem(Launcher launcher, int gatewayPort, DevTokens tokens) {
        this.launcher = launcher;
        this.gateway = "http://localhost:" + gatewayPort;
        this.tokens = tokens;
    }

    static synchronized RunningSystem get() throws Exception {
        if (instance == null) {
            Path home = Path.of(System.getProperty("standards.home", ".."))
                    .toAbsolutePath()
                    .normalize();
            for (String module : List.of("projects-service", "funding-service", "partnership-service", "gateway")) {
                Path jar = home.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
                if (!Files.isRegularFile(jar)) {
                    throw new IllegalStateException(
                            jar + " is missing: run the system tests through ./mvnw verify, which "
                                    + "packages every module first");
                }
            }
            Launcher launcher = null;
            Path data = null;
            int gatewayPort = 0;
            int postgresPort = 0;
            long started = 0;
            // a port found free can be taken by another process before the module binds it (seen once in CI: the
            // gateway's "Address already in use"); a failed start is stopped whole and tried again on other ports
            for (int attempt = 1; launcher == null; attempt++) {
                data = home.resolve("system-tests/target/system-" + System.currentTimeMillis());
                gatewayPort = freeBlockOfFour();
                do {
                    postgresPort = freePort();
                } while (postgresPort >= gatewayPort && postgresPort < Launcher.managementPort(gatewayPort) + 4);
                Launcher starting = new Launcher(home, data, postgresPort, gatewayPort, false);
                Thread stop = new Thread(starting::stop, "system-tests-stop");
                Runtime.getRuntime().addShutdownHook(stop);
                started = System.nanoTime();
                try {
                    starting.start();
                    launcher = starting;
                } catch (Exception | Error failed) {
                    // nothing of a failed start keeps running (and taking CPU) under the tests that come after it
                    starting.stop();
                    Runtime.getRuntime().removeShutdownHook(stop);
                    if (attempt == 2) {
                        throw failed;
                    }
                    System.out.println(
                            "[system-tests] the system did not start, trying again on other ports: " + failed);
                }
            }
            System.out.printf(
                    "[system-tests] system ready in %d s: gateway %d, PostgreSQL %d, logs in %s%n",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                    gatewayPort,
                    postgresPort,
                    data.resolve("logs"));
            PrivateKey key = DevTokens.ensureKeyPair(home.resolve(".keys"));
            instance = new RunningSystem(launcher, gatewayPort, new DevTokens(key, ISSUER, AUDIENCE));
            // every exchange of every system test with /api is checked against the gateway's document
            ContractValidation.install();
        }
        instance.awaitRoutable(Duration.ofSeconds(60));
        return instance;
    }

    /**
     * Waits until the gateway routes to every service again, e.g. after an earlier test broke one (its circuit
     * stays open for 10 s after the service came back, as a client would see).
     */
    void awaitRoutable(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String service : List.of("projects", "funding", "partnership")) {
            int status;
            while ((status = as("system-test-auditor", "auditor")
                            .get("/api/v1/audit/" + service + "?size=1")
                            .statusCode())
                    != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the gateway does not route to " + service + "-service: " + status);
                }
                Thread.sleep(500);
            }
        }
    }

    /** A token with these roles (subject {@code system-test-<first role>} unless given). */
    String token(String subject, String... roles) {
        return tokens.mint(subject, List.of(roles), null, Duration.ofHours(1));
    }

    /** A token of an {@code institution} user of {@code institutionId}. */
    String institutionToken(String subject, String institutionId) {
        return tokens.mint(subject, List.of("institution"), institutionId, Duration.ofHours(1));
    }

    /** A JSON request to the gateway as {@code subject} with {@code roles}. */
    RequestSpecification as(String subject, String... roles) {
        return given().baseUri(gateway)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .auth()
                .oauth2(token(subject, roles));
    }

    /**
     * Appropriates 7.5 bn KRW to each year of the 2025 program and gives {@code allocation} one budget line, as a
     * finance officer named {@code subject}; returns the line's id.
     */
    String budgetLine(String subject, String allocation, int fiscalYear, long amountKrw) {
        for (int year = 2025; year <= 2029; year++) {
            as(subject, "finance-officer")
                    .body(java.util.Map.of("amountKrw", 7_500_000_000L))
                    .put("/api/v1/budgets/" + ENVELOPE + "/appropriations/" + year)
                    .then()
                    .statusCode(200);
        }
        return as(subject, "finance-officer")
                .body(java.util.Map.of(
                        "lines", List.of(java.util.Map.of("fiscalYear", fiscalYear, "amountKrw", amountKrw))))
                .put("/api/v1/allocations/" + allocation + "/lines")
                .then()
                .statusCode(200)
                .extract()
                .path("lines[0].id");
    }

    /**
     * A project of KRISS's in the 2025 program, imported, ACTIVE from {@code start} to {@code end}: KRISS records an
     * MOU with NIST in force since before it began. {@code who} names the subjects that do it.
     */
    String importKrissProject(String who, java.time.LocalDate start, java.time.LocalDate end) {
        String agreement = as(who + "-po", "partnership-officer")
                .body(Map.of(
                        "institutionId",
                        "1b57c000-0000-4000-8000-000000000001",
                        "agencyId",
                        "a6e0c000-0000-4000-8000-000000000001",
                        "instrument",
                        "MOU",
                        "title",
                        "KRISS–NIST MOU (" + who + " test)",
                        "signedOn",
                        "2025-01-02",
                        "effectiveFrom",
                        "2025-01-02"))
                .post("/api/v1/agreements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(who + "-po", "partnership-officer")
                .post("/api/v1/agreements/" + agreement + "/activate")
                .then()
                .statusCode(200);
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("programId", "a0000000-0000-4000-8000-000000002025");
        // after the codes of 2025 (KUS-…) in the list, which is ordered by code: WorkflowTest reads its first
        body.put(
                "code",
                "X-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        body.put("fiscalYear", 2025);
        body.put("titleKo", "가져온 과제");
        body.put("titleEn", "Imported project (" + who + ")");
        body.put("technologyArea", "QUANTUM");
        body.put("leadInstitutionId", "1b57c000-0000-4000-8000-000000000001");
        body.put("periodStart", start.toString());
        body.put("periodEnd", end.toString());
        body.put("awardedTotalKrw", 1);
        body.put("status", "ACTIVE");
        return as(who + "-pm", "program-manager")
                .body(body)
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The base URL of a module itself (not through the gateway). */
    String direct(String module) {
        return "http://localhost:" + launcher.port(module);
    }

    /** The OpenAPI document served at {@code base} (a module itself, or the gateway's merged one). */
    static JsonNode document(String base) throws IOException {
        return new ObjectMapper()
                .readTree(given().baseUri(base)
                        .accept("application/json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    /** The management interface of a module (health, metrics), which is not on its public port. */
    String management(String module) {
        return "http://localhost:" + launcher.managementPort(module);
    }

    /**
     * Four consecutive free ports and their management ports, all below the kernel's ephemeral range: a port inside
     * it can be taken, between this check and the module's start, as the local end of any outgoing connection (the
     * modules' own connections to PostgreSQL), and the module then fails to start with "address already in use".
     */
    private static int freeBlockOfFour() throws IOException {
        int highest = belowEphemeral() - 4 - Launcher.managementPort(0);
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(LOWEST_PORT, highest);
            int management = Launcher.managementPort(base);
            if (free(base)
                    && free(base + 1)
                    && free(base + 2)
                    && free(base + 3)
                    && free(management)
                    && free(management + 1)
                    && free(management + 2)
                    && free(management + 3)) {
                return base;
            }
        }
        throw new IOException("no four free consecutive ports (and their management ports)");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** A free port for PostgreSQL, below the ephemeral range for the same reason as the modules'. */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST_PORT, belowEphemeral());
            if (free(port)) {
                return port;
            }
        }
        throw new IOException("no free port below the ephemeral range");
    }

    private static final int LOWEST_PORT = 10_000;

    /**
     * The first port of the kernel's ephemeral range (Linux: ip_local_port_range), or 32768 where it cannot be read or
     * leaves too little room below it (a range that starts low cannot be avoided; the ports are then checked free).
     */
    private static int belowEphemeral() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
                    .trim();
            int low = Integer.parseInt(range.split("\\s+")[0]);
            return low >= LOWEST_PORT + 2_000 ? Math.min(low, 32_768) : 32_768;
        } catch (IOException | RuntimeException unknown) {
            return 32_768;
        }
    }
}

package kr.go.msit.standards.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import kr.go.msit.standards.launcher.DevTokens;
import org.junit.jupiter.api.Test;

/**
 * The role matrix of the README, generated from the services' own documents (each operation's security requirement
 * lists the roles it admits): every write operation, called with every token of one or two roles neither of which it
 * admits, with and without an institution claim, is 403 problem+json. Two roles never add up to a power neither has.
 *
 * <p>What a role that is admitted may do across institutions is decided per role and operation (an {@code institution}
 * role acts for its own institution only, whatever other role the token holds); that needs real records, so each
 * operation an {@code institution} may call is listed below with the test that proves its scope, and a new one fails
 * this test until it has one. Requests go to the services directly (the gateway's rate limits would throttle ~2,000
 * requests from one address), with random ids: a 403 comes before any record is looked up.
 */
class RoleMatrixTest {

    private static final List<String> ROLES =
            List.of("program-manager", "finance-officer", "partnership-officer", "institution", "auditor", "viewer");
    private static final String KU_SEJONG = "1b57c000-0000-4000-8000-000000000002";

    /** Each write an institution may make, with the test that proves it acts for its own institution only. */
    private static final Map<String, String> INSTITUTION_WRITES = Map.ofEntries(
            Map.entry("createApplication", "projects RolePairsTest"),
            Map.entry("updateApplication", "projects RolePairsTest"),
            Map.entry("submitApplication", "projects RolePairsTest"),
            Map.entry("withdrawApplication", "projects RolePairsTest"),
            Map.entry("submitProjectReport", "projects RolePairsTest"),
            Map.entry("createContribution", "projects ContributionTest"),
            Map.entry("moveContributionStage", "projects ContributionTest"),
            Map.entry("setProjectPartnerSide", "projects PartnerSideTest"),
            Map.entry("createLeadershipPosition", "projects OutputRecordsTest"),
            Map.entry("updateLeadershipPosition", "projects OutputRecordsTest"),
            Map.entry("createPublication", "projects OutputRecordsTest"),
            Map.entry("updatePublication", "projects OutputRecordsTest"),
            Map.entry("requestDisbursement", "funding RolePairsTest"),
            Map.entry("cancelDisbursement", "funding RolePairsTest"),
            Map.entry("createDispatch", "partnership RolePairsTest"),
            Map.entry("cancelDispatch", "partnership RolePairsTest"),
            Map.entry("createCooperationNeed", "partnership CooperationMatchingTest"),
            Map.entry("openCooperationNeed", "partnership CooperationMatchingTest"),
            Map.entry("updateCooperationNeed", "partnership CooperationMatchingTest"),
            Map.entry("closeCooperationNeed", "partnership CooperationMatchingTest"),
            Map.entry("acceptMatch", "partnership CooperationMatchingTest"),
            Map.entry("declineMatch", "partnership CooperationMatchingTest"),
            Map.entry("withdrawMatch", "partnership CooperationMatchingTest"),
            Map.entry("realiseMatch", "partnership CooperationMatchingTest"),
            // a subscription is its owner's, and delivers what its owner may read (an institution: its own records)
            Map.entry("createWebhook", "projects WebhookTest"),
            Map.entry("deleteWebhook", "projects WebhookTest"),
            Map.entry("pauseWebhook", "projects WebhookTest"),
            Map.entry("resumeWebhook", "projects WebhookTest"),
            Map.entry("rotateWebhookSecret", "projects WebhookTest"),
            Map.entry("renewWebhook", "projects WebhookTest (aSubscriptionReadsAsItsOwnerMayReadNowOnceRenewed)"),
            Map.entry("redeliverWebhook", "projects WebhookTest"));

    @Test
    void noTokenOfRolesAnOperationDoesNotAdmitWritesAndEveryInstitutionWriteHasAScopeTest() throws Exception {
        RunningSystem system = RunningSystem.get();
        DevTokens tokens = new DevTokens(
                DevTokens.ensureKeyPair(java.nio.file.Path.of(System.getProperty("standards.home", ".."))
                        .toAbsolutePath()
                        .normalize()
                        .resolve(".keys")),
                RunningSystem.ISSUER,
                RunningSystem.AUDIENCE);
        List<String> wrong = new ArrayList<>();
        Set<String> institutionWrites = new TreeSet<>();
        int requests = 0;
        int operations = 0;
        for (String service : List.of("projects-service", "funding-service", "partnership-service")) {
            String base = system.direct(service);
            JsonNode document = RunningSystem.document(base);
            for (Iterator<Map.Entry<String, JsonNode>> paths =
                            document.path("paths").fields();
                    paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (String method : List.of("post", "put", "patch", "delete")) {
                    JsonNode operation = path.getValue().path(method);
                    if (operation.isMissingNode() || !path.getKey().startsWith("/api/v1/")) {
                        continue;
                    }
                    operations++;
                    Set<String> admitted = new LinkedHashSet<>();
                    operation
                            .path("security")
                            .forEach(requirement ->
                                    requirement.path("bearerAuth").forEach(role -> admitted.add(role.asText())));
                    assertTrue(!admitted.isEmpty(), operation.path("operationId") + " lists no roles");
                    if (admitted.contains("institution")) {
                        institutionWrites.add(operation.path("operationId").asText());
                    }
                    String target = path.getKey()
                            .replace("{fiscalYear}", "2026")
                            .replace("{service}", "projects")
                            .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    for (List<String> roles : combinations(
                            ROLES.stream().filter(r -> !admitted.contains(r)).toList())) {
                        for (String institution : new String[] {null, KU_SEJONG}) {
                            String token = tokens.mint(
                                    "matrix-" + String.join("+", roles), roles, institution, Duration.ofMinutes(30));
                            Response answer = given().baseUri(base)
                                    .contentType(ContentType.JSON)
                                    .accept(ContentType.JSON)
                                    .auth()
                                    .oauth2(token)
                                    .header("Idempotency-Key", UUID.randomUUID().toString())
                                    .body("{}")
                                    .request(method.toUpperCase(), target);
                            requests++;
                            if (answer.statusCode() != 403
                                    || !String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
                                wrong.add(method.toUpperCase() + " " + path.getKey() + " as " + roles
                                        + (institution == null ? "" : " of " + institution) + ": "
                                        + answer.statusCode());
                            }
                        }
                    }
                }
            }
        }
        System.out.printf(
                "[system-tests] role matrix: %d write operations, %d requests with roles they do not admit%n",
                operations, requests);
        assertTrue(operations > 50, "the documents list " + operations + " write operations");
        assertEquals(List.of(), wrong, "tokens whose roles the operation does not admit were not refused with 403");
        assertEquals(
                new TreeMap<>(INSTITUTION_WRITES).keySet(),
                institutionWrites,
                "an operation an institution may call needs a test proving it acts for its own institution only "
                        + "(list it in INSTITUTION_WRITES with that test)");
    }

    /** Every set of one or two of {@code roles}. */
    private static List<List<String>> combinations(List<String> roles) {
        List<List<String>> combinations = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            combinations.add(List.of(roles.get(i)));
            for (int j = i + 1; j < roles.size(); j++) {
                combinations.add(List.of(roles.get(i), roles.get(j)));
            }
        }
        return combinations;
    }
}

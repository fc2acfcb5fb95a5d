package kr.go.msit.standards.projects;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.including;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stands in for partnership-service's {@code GET /api/v1/eligibility} (and its institutions, agencies and agreements):
 * a WireMock server on which every institution is known and eligible unless the test declares otherwise for an institution of its own ({@code String lead =
 * PartnershipStub.notEligible();}). {@link #requestsFor} tells what projects-service sent.
 */
public class PartnershipStub implements QuarkusTestResourceLifecycleManager {

    /** The agreement every eligible institution's answer names as qualifying. */
    public static final String AGREEMENT = "7d0f3f4e-0000-4000-8000-0000000000aa";

    private static final String PATH = "/api/v1/eligibility";

    private static WireMockServer server;

    /** An institution without a qualifying agreement: its MOU expired. */
    public static String notEligible() {
        String institution = UUID.randomUUID().toString();
        server.stubFor(asked(institution).willReturn(okJson(notEligible(institution))));
        return institution;
    }

    /** An institution partnership-service does not know (404). */
    public static String unknown() {
        String institution = UUID.randomUUID().toString();
        server.stubFor(asked(institution).willReturn(problem(404)));
        return institution;
    }

    /** An institution whose check fails: partnership-service answers 500. */
    public static String failing() {
        String institution = UUID.randomUUID().toString();
        server.stubFor(asked(institution).willReturn(problem(500)));
        return institution;
    }

    /** An institution whose check partnership-service refuses (422 unknown-agency: the call names an agency it lacks). */
    public static String agencyUnknown() {
        String institution = UUID.randomUUID().toString();
        server.stubFor(asked(institution)
                .willReturn(aResponse()
                        .withStatus(422)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":422,\"rule\":\"unknown-agency\"}")));
        return institution;
    }

    /** An eligible institution whose check takes {@code millis}. */
    public static String slow(int millis) {
        String institution = UUID.randomUUID().toString();
        server.stubFor(asked(institution).willReturn(eligible(institution).withFixedDelay(millis)));
        return institution;
    }

    /** Eligible at the first check (submission), not at later ones (selection): its agreement lapsed meanwhile. */
    public static String lapsedAfterFirstCheck() {
        String institution = UUID.randomUUID().toString();
        String scenario = "lapse of " + institution;
        server.stubFor(asked(institution)
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(eligible(institution))
                .willSetStateTo("lapsed"));
        server.stubFor(asked(institution)
                .inScenario(scenario)
                .whenScenarioStateIs("lapsed")
                .willReturn(okJson(notEligible(institution))));
        return institution;
    }

    /** An institution whose only agreement is with {@code agency}: eligible when no agency or that one is asked for. */
    public static String agreementOnlyWith(String agency) {
        String institution = UUID.randomUUID().toString();
        server.stubFor(asked(institution).atPriority(3).willReturn(okJson(notEligible(institution))));
        server.stubFor(asked(institution)
                .atPriority(2)
                .withQueryParam("agencyCode", absent())
                .willReturn(eligible(institution)));
        server.stubFor(asked(institution)
                .atPriority(2)
                .withQueryParam("agencyCode", including(agency))
                .willReturn(eligible(institution)));
        return institution;
    }

    /** partnership-service knows the agency with these units (ids). */
    public static void agency(String agencyId, String code, String... unitIds) {
        StringBuilder units = new StringBuilder();
        for (String unit : unitIds) {
            units.append(units.isEmpty() ? "" : ",")
                    .append("{\"id\":\"")
                    .append(unit)
                    .append("\",\"code\":\"U\"}");
        }
        server.stubFor(get(urlPathEqualTo("/api/v1/partner-agencies/" + agencyId))
                .atPriority(1)
                .willReturn(
                        okJson("{\"id\":\"" + agencyId + "\",\"code\":\"" + code + "\",\"units\":[" + units + "]}")));
    }

    /** partnership-service knows the ACTIVE agreement between the institution and the agency. */
    public static void agreement(String agreementId, String institutionId, String agencyId) {
        agreement(agreementId, institutionId, agencyId, "ACTIVE");
    }

    /**
     * partnership-service knows the agreement between the institution and the agency, in {@code status}; in force
     * today when ACTIVE.
     */
    public static void agreement(String agreementId, String institutionId, String agencyId, String status) {
        agreement(agreementId, institutionId, agencyId, status, "ACTIVE".equals(status));
    }

    /** The agreement, in {@code status}, in force today or not (ACTIVE but expired, or not yet effective). */
    public static void agreement(
            String agreementId, String institutionId, String agencyId, String status, boolean inForce) {
        server.stubFor(get(urlPathEqualTo("/api/v1/agreements/" + agreementId))
                .atPriority(1)
                .willReturn(okJson("{\"id\":\"" + agreementId + "\",\"code\":\"AGR-T\",\"institutionId\":\""
                        + institutionId + "\",\"agencyId\":\"" + agencyId + "\",\"status\":\"" + status
                        + "\",\"inForce\":" + inForce + "}")));
    }

    /** The agreement as an answer that does not say whether it is in force (no {@code inForce}). */
    public static void agreementNotSayingInForce(String agreementId, String institutionId, String agencyId) {
        server.stubFor(get(urlPathEqualTo("/api/v1/agreements/" + agreementId))
                .atPriority(1)
                .willReturn(okJson("{\"id\":\"" + agreementId + "\",\"code\":\"AGR-T\",\"institutionId\":\""
                        + institutionId + "\",\"agencyId\":\"" + agencyId + "\",\"status\":\"ACTIVE\"}")));
    }

    /** An institution partnership-service does not know (404). */
    public static String unknownInstitution() {
        return institutionAnswering(404);
    }

    /** An institution partnership-service answers 500 for. */
    public static String failingInstitution() {
        return institutionAnswering(500);
    }

    private static String institutionAnswering(int status) {
        String institution = UUID.randomUUID().toString();
        server.stubFor(get(urlPathEqualTo("/api/v1/institutions/" + institution))
                .atPriority(1)
                .willReturn(problem(status)));
        return institution;
    }

    /** From now on partnership-service answers 500 for the agency. */
    public static void failAgency(String agencyId) {
        server.stubFor(get(urlPathEqualTo("/api/v1/partner-agencies/" + agencyId))
                .atPriority(1)
                .willReturn(problem(500)));
    }

    /** What projects-service sent when it asked about the institution, oldest first. */
    public static List<LoggedRequest> requestsFor(String institution) {
        return server.findAll(
                getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("institutionId", equalTo(institution)));
    }

    /** The last thing projects-service sent about the institution. */
    public static LoggedRequest lastRequestFor(String institution) {
        List<LoggedRequest> requests = requestsFor(institution);
        if (requests.isEmpty()) {
            throw new AssertionError("nothing asked partnership-service about " + institution);
        }
        return requests.get(requests.size() - 1);
    }

    private static MappingBuilder asked(String institution) {
        return get(urlPathEqualTo(PATH)).atPriority(1).withQueryParam("institutionId", equalTo(institution));
    }

    /** A problem+json answer of partnership-service with only its status. */
    private static ResponseDefinitionBuilder problem(int status) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":" + status + "}");
    }

    private static ResponseDefinitionBuilder eligible(String institution) {
        return okJson("{\"institutionId\":\"" + institution + "\",\"institutionCode\":\"OK\",\"eligible\":true,"
                + "\"acceptedInstruments\":[\"MOU\"],\"qualifyingAgreements\":[{\"id\":\"" + AGREEMENT
                + "\"}],\"reasons\":[]}");
    }

    private static String notEligible(String institution) {
        return "{\"institutionId\":\"" + institution + "\",\"institutionCode\":\"NOPE\",\"eligible\":false,"
                + "\"qualifyingAgreements\":[],\"reasons\":[{\"code\":\"EXPIRED\",\"agreementId\":"
                + "\"7d0f3f4e-0000-4000-8000-000000000001\",\"detail\":\"AGR-NOPE-0001 expired after 2025-12-31\"}]}";
    }

    @Override
    public Map<String, String> start() {
        server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        // any institution no test declared is eligible (the answer names it: response templating)
        server.stubFor(get(urlPathEqualTo(PATH))
                .atPriority(10)
                .willReturn(okJson("{\"institutionId\":"
                                + "\"{{request.query.institutionId}}\",\"institutionCode\":\"OK\",\"eligible\":true,"
                                + "\"acceptedInstruments\":[\"MOU\"],\"qualifyingAgreements\":[{\"id\":\"" + AGREEMENT
                                + "\"}],\"reasons\":[]}")
                        .withTransformers("response-template")));
        // and any institution no test declared unknown is known
        server.stubFor(get(urlPathMatching("/api/v1/institutions/[^/]+"))
                .atPriority(10)
                .willReturn(okJson("{\"id\":\"{{request.path.[3]}}\",\"code\":\"OK\"}")
                        .withTransformers("response-template")));
        return Map.of("quarkus.rest-client.partnership.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}

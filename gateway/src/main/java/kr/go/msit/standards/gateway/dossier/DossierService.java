package kr.go.msit.standards.gateway.dossier;

import static kr.go.msit.standards.gateway.compose.Parts.firstItem;
import static kr.go.msit.standards.gateway.compose.Parts.items;
import static kr.go.msit.standards.gateway.compose.Parts.part;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kr.go.msit.standards.gateway.compose.DegradedPart;
import kr.go.msit.standards.gateway.compose.Parts;
import kr.go.msit.standards.gateway.compose.ServiceCalls;
import kr.go.msit.standards.gateway.compose.ServiceCalls.Answer;

/**
 * Composes a project's dossier: the project and every part that needs only its id at once. The lead institution's
 * agreements and eligibility go out with them too when the project's lead and program are known from an earlier
 * dossier ({@link KnownLeads}), so the dossier takes about as long as its slowest part; the first time, they follow
 * the project's answer. The project's answer decides: parts asked for another institution are dropped and asked again.
 * Eligibility is asked as projects-service asks it: for the program's partner agencies (an MOU with another agency
 * does not make a lead eligible for this program), read from the program at the time of asking.
 */
@ApplicationScoped
public class DossierService {

    private final ServiceCalls calls;
    private final KnownLeads knownLeads;

    public DossierService(ServiceCalls calls, KnownLeads knownLeads) {
        this.calls = calls;
        this.knownLeads = knownLeads;
    }

    public CompletionStage<DossierView> dossier(UUID projectId, Map<String, String> forwarded) {
        // the parts that need only the project's id go out with the project; the lead institution's parts follow it
        CompletableFuture<Answer> reports = calls.get("/api/v1/projects/" + projectId + "/reports", forwarded);
        CompletableFuture<Answer> allocation = calls.get("/api/v1/allocations?projectId=" + projectId, forwarded);
        CompletableFuture<Answer> funding = calls.get("/api/v1/funding-reports/projects/" + projectId, forwarded);
        CompletableFuture<Answer> dispatches =
                calls.get("/api/v1/dispatches?size=200&projectId=" + projectId, forwarded);
        CompletableFuture<Answer> outcomes = calls.get("/api/v1/projects/" + projectId + "/outcomes", forwarded);
        CompletableFuture<Answer> evaluations =
                calls.get("/api/v1/evaluations?size=200&projectId=" + projectId, forwarded);
        KnownLeads.Known known = knownLeads.of(projectId).orElse(null);
        InstitutionParts expected = known == null ? null : InstitutionParts.ask(calls, known, forwarded);
        return calls.get("/api/v1/projects/" + projectId, forwarded).thenCompose(project -> {
            Parts.essential(project, "the dossier", "its project");
            KnownLeads.Known answered = new KnownLeads.Known(
                    project.body().path("leadInstitutionId").asText(),
                    project.body().path("programId").asText());
            if (!answered.leadInstitutionId().isEmpty()) {
                knownLeads.remember(projectId, answered);
            }
            InstitutionParts institution = expected != null && expected.known().equals(answered)
                    ? expected
                    : InstitutionParts.ask(calls, answered, forwarded);
            CompletableFuture<Answer> agreements = institution.agreements();
            CompletableFuture<Answer> eligibility = institution.eligibility();
            CompletableFuture<Answer> needs = institution.needs();
            CompletableFuture<Answer> matches = institution.matches();
            return CompletableFuture.allOf(
                            reports,
                            allocation,
                            funding,
                            agreements,
                            eligibility,
                            dispatches,
                            outcomes,
                            needs,
                            matches,
                            evaluations)
                    .thenApply(done -> {
                        // in the view's order, so that degraded lists the parts in that order too
                        List<DegradedPart> degraded = new ArrayList<>();
                        JsonNode reportList = part("reports", reports.join(), degraded, false);
                        JsonNode allocationPage = part("allocation", allocation.join(), degraded, false);
                        JsonNode disbursements = part("disbursements", funding.join(), degraded, true);
                        JsonNode agreementsPage = part("agreements", agreements.join(), degraded, false);
                        JsonNode eligibilityAnswer = part("eligibility", eligibility.join(), degraded, false);
                        JsonNode dispatchesPage = part("dispatches", dispatches.join(), degraded, false);
                        JsonNode outcomeReport = part("outcomes", outcomes.join(), degraded, false);
                        JsonNode needsPage = part("cooperationNeeds", needs.join(), degraded, false);
                        JsonNode matchesPage = part("matches", matches.join(), degraded, false);
                        JsonNode evaluationsPage = part("evaluations", evaluations.join(), degraded, false);
                        return new DossierView(
                                project.body(),
                                reportList,
                                firstItem(allocationPage),
                                disbursements,
                                items(agreementsPage),
                                eligibilityAnswer,
                                items(dispatchesPage),
                                outcomeReport,
                                items(needsPage),
                                items(matchesPage),
                                items(evaluationsPage),
                                degraded);
                    });
        });
    }

    /** The parts that belong to the lead institution rather than to the project. */
    private record InstitutionParts(
            KnownLeads.Known known,
            CompletableFuture<Answer> agreements,
            CompletableFuture<Answer> eligibility,
            CompletableFuture<Answer> needs,
            CompletableFuture<Answer> matches) {

        static InstitutionParts ask(ServiceCalls calls, KnownLeads.Known known, Map<String, String> forwarded) {
            String lead = known.leadInstitutionId();
            CompletableFuture<Answer> eligibility = calls.get("/api/v1/programs/" + known.programId(), forwarded)
                    .thenCompose(program -> {
                        if (!program.ok() || program.body() == null) {
                            // without the program's partner agencies eligibility cannot be asked as the rule asks it
                            return CompletableFuture.completedFuture(Answer.notAsked(
                                    program.service(),
                                    "the program's partner agencies could not be read: " + program.reason()));
                        }
                        StringBuilder query = new StringBuilder("/api/v1/eligibility?institutionId=" + lead);
                        program.body()
                                .path("partnerAgencies")
                                .forEach(agency -> query.append("&agencyCode=")
                                        .append(URLEncoder.encode(agency.asText(), StandardCharsets.UTF_8)));
                        return calls.get(query.toString(), forwarded);
                    });
            return new InstitutionParts(
                    known,
                    calls.get("/api/v1/agreements?size=200&institutionId=" + lead, forwarded),
                    eligibility,
                    calls.get("/api/v1/cooperation-needs?size=200&institutionId=" + lead, forwarded),
                    calls.get("/api/v1/matches?size=200&institutionId=" + lead, forwarded));
        }
    }
}

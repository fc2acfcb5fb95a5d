package kr.go.msit.standards.gateway.dossier;

import static kr.go.msit.standards.gateway.compose.Parts.firstItem;
import static kr.go.msit.standards.gateway.compose.Parts.items;
import static kr.go.msit.standards.gateway.compose.Parts.part;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kr.go.msit.standards.gateway.compose.DegradedPart;
import kr.go.msit.standards.gateway.compose.ServiceCalls;
import kr.go.msit.standards.gateway.compose.ServiceCalls.Answer;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * Composes a project's dossier: the project and every part that needs only its id at once, then, as soon as the
 * project names its lead institution, that institution's agreements and eligibility. The dossier takes about as long
 * as the longer of the slowest part and the project followed by the slower institution part.
 */
@ApplicationScoped
public class DossierService {

    private final ServiceCalls calls;

    public DossierService(ServiceCalls calls) {
        this.calls = calls;
    }

    public CompletionStage<DossierView> dossier(UUID projectId, Map<String, String> forwarded) {
        // the parts that need only the project's id go out with the project; the lead institution's parts follow it
        CompletableFuture<Answer> reports = calls.get("/api/v1/projects/" + projectId + "/reports", forwarded);
        CompletableFuture<Answer> allocation = calls.get("/api/v1/allocations?projectId=" + projectId, forwarded);
        CompletableFuture<Answer> funding = calls.get("/api/v1/funding-reports/projects/" + projectId, forwarded);
        CompletableFuture<Answer> dispatches = calls.get("/api/v1/dispatches?size=200&projectId=" + projectId, forwarded);
        return calls.get("/api/v1/projects/" + projectId, forwarded).thenCompose(project -> {
            requireProject(project);
            String lead = project.body().path("leadInstitutionId").asText();
            CompletableFuture<Answer> agreements = calls.get("/api/v1/agreements?size=200&institutionId=" + lead, forwarded);
            CompletableFuture<Answer> eligibility = calls.get("/api/v1/eligibility?institutionId=" + lead, forwarded);
            return CompletableFuture.allOf(reports, allocation, funding, agreements, eligibility, dispatches).thenApply(done -> {
                // in the view's order, so that degraded lists the parts in that order too
                List<DegradedPart> degraded = new ArrayList<>();
                JsonNode reportList = part("reports", reports.join(), degraded, false);
                JsonNode allocationPage = part("allocation", allocation.join(), degraded, false);
                JsonNode disbursements = part("disbursements", funding.join(), degraded, true);
                JsonNode agreementsPage = part("agreements", agreements.join(), degraded, false);
                JsonNode eligibilityAnswer = part("eligibility", eligibility.join(), degraded, false);
                JsonNode dispatchesPage = part("dispatches", dispatches.join(), degraded, false);
                return new DossierView(project.body(), reportList, firstItem(allocationPage), disbursements,
                        items(agreementsPage), eligibilityAnswer, items(dispatchesPage), degraded);
            });
        });
    }

    /** The project is essential: its 4xx (404 unknown, 401, 403) passes on; its failure is 503/504. */
    private static void requireProject(Answer project) {
        if (project.ok() && project.body() != null) {
            return;
        }
        if (project.failure() == null && project.status() >= 400 && project.status() < 500) {
            String detail = project.body() == null ? "projects-service answered " + project.status()
                    : project.body().path("detail").asText("projects-service answered " + project.status());
            String slug = project.status() == 404 ? "not-found" : project.status() == 403 ? "forbidden"
                    : project.status() == 401 ? "unauthenticated" : "http-" + project.status();
            throw new ProblemException(project.status(), slug, project.status() == 404 ? "Resource not found"
                    : "Refused by projects-service", detail);
        }
        if (project.failure() != null && project.failure().contains("did not answer")) {
            throw ProblemException.dependencyTimeout(project.service(), project.reason()
                    + "; the dossier cannot be built without its project");
        }
        throw ProblemException.dependencyUnavailable(project.service(), project.reason()
                + "; the dossier cannot be built without its project");
    }
}

package kr.go.msit.standards.gateway.dashboard;

import static kr.go.msit.standards.gateway.compose.Parts.items;
import static kr.go.msit.standards.gateway.compose.Parts.part;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kr.go.msit.standards.gateway.compose.DegradedPart;
import kr.go.msit.standards.gateway.compose.ServiceCalls;
import kr.go.msit.standards.gateway.compose.ServiceCalls.Answer;
import kr.go.msit.standards.platform.time.ProgramClock;

/**
 * Composes the dashboard. Everything is fetched at once except each program's funding report and outcome
 * indicators, which need the budgets and programs lists first; so the dashboard takes about as long as its slowest chain. No part is essential: each that
 * fails is null and named in {@code degraded}.
 */
@ApplicationScoped
public class DashboardService {

    /** The services' page limit: more agreements or dispatches than this are cut to it (documented). */
    static final int PAGE = 200;

    private final ServiceCalls calls;
    private final ObjectMapper mapper;
    private final ProgramClock clock;

    public DashboardService(ServiceCalls calls, ObjectMapper mapper, ProgramClock clock) {
        this.calls = calls;
        this.mapper = mapper;
        this.clock = clock;
    }

    public CompletionStage<DashboardView> dashboard(int expiringWithinDays, Map<String, String> forwarded) {
        CompletableFuture<Answer> projects = calls.get("/api/v1/projects/summary", forwarded);
        CompletableFuture<Answer> active = calls.get("/api/v1/agreements?inForce=true&size=1", forwarded);
        CompletableFuture<Answer> expiring = calls.get(
                "/api/v1/agreements?inForce=true&size=" + PAGE + "&expiringWithinDays=" + expiringWithinDays,
                forwarded);
        CompletableFuture<Answer> onSite = calls.get("/api/v1/dispatches?status=ON_SITE&size=" + PAGE, forwarded);
        CompletableFuture<List<Answer>> programs = calls.get("/api/v1/budgets?size=" + PAGE, forwarded)
                .thenCompose(budgets -> programReports(budgets, forwarded));
        int year = clock.today().getYear();
        CompletableFuture<List<Answer>> outcomes = calls.get("/api/v1/programs?size=" + PAGE, forwarded)
                .thenCompose(list -> each(
                        list,
                        program -> "/api/v1/programs/" + program.path("id").asText() + "/outcomes?fiscalYear=" + year,
                        forwarded));
        CompletableFuture<Answer> personDays =
                calls.get("/api/v1/dispatches/person-days?fiscalYear=" + year, forwarded);
        CompletableFuture<Answer> cooperation = calls.get("/api/v1/matches/summary?year=" + year, forwarded);
        return CompletableFuture.allOf(projects, active, expiring, onSite, programs, outcomes, personDays, cooperation)
                .thenApply(done -> {
                    List<DegradedPart> degraded = new ArrayList<>();
                    JsonNode programList = all("programs", programs.join(), degraded);
                    JsonNode projectSummary = part("projects", projects.join(), degraded, false);
                    JsonNode activePage = part("activeAgreements", active.join(), degraded, false);
                    JsonNode expiringPage = part("expiringAgreements", expiring.join(), degraded, false);
                    JsonNode onSitePage = part("onSite", onSite.join(), degraded, false);
                    JsonNode outcomeList = all("outcomes", outcomes.join(), degraded);
                    JsonNode days = part("personDays", personDays.join(), degraded, false);
                    JsonNode matching = part("cooperation", cooperation.join(), degraded, false);
                    return new DashboardView(
                            programList,
                            projectSummary,
                            activePage == null ? null : activePage.path("total").asLong(),
                            expiringWithinDays,
                            items(expiringPage),
                            items(onSitePage),
                            year,
                            outcomeList,
                            days,
                            matching,
                            degraded);
                });
    }

    /** The budgets answer first; then each program's funding report, all at once. */
    private CompletableFuture<List<Answer>> programReports(Answer budgets, Map<String, String> forwarded) {
        return each(
                budgets,
                budget -> "/api/v1/funding-reports/programs/"
                        + budget.path("programId").asText(),
                forwarded);
    }

    /** A list's answer first; then a request per item, all at once (or the list's failure). */
    private CompletableFuture<List<Answer>> each(
            Answer list, java.util.function.Function<JsonNode, String> path, Map<String, String> forwarded) {
        if (!list.ok()) {
            return CompletableFuture.completedFuture(List.of(list));
        }
        List<CompletableFuture<Answer>> answers = new ArrayList<>();
        for (JsonNode item : list.body().path("items")) {
            answers.add(calls.get(path.apply(item), forwarded));
        }
        return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                .thenApply(done -> answers.stream().map(CompletableFuture::join).toList());
    }

    /** The answers' bodies, or null with one degraded entry naming the first failure. */
    private JsonNode all(String name, List<Answer> answers, List<DegradedPart> degraded) {
        ArrayNode bodies = mapper.createArrayNode();
        for (Answer answer : answers) {
            JsonNode body = part(name, answer, degraded, false);
            if (body == null) {
                return null;
            }
            bodies.add(body);
        }
        return bodies;
    }
}

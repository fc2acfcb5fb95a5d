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

/**
 * Composes the dashboard. Everything is fetched at once except each program's funding report, which needs the
 * budgets list first; so the dashboard takes about as long as its slowest chain. No part is essential: each that
 * fails is null and named in {@code degraded}.
 */
@ApplicationScoped
public class DashboardService {

    /** The services' page limit: more agreements or dispatches than this are cut to it (documented). */
    static final int PAGE = 200;

    private final ServiceCalls calls;
    private final ObjectMapper mapper;

    public DashboardService(ServiceCalls calls, ObjectMapper mapper) {
        this.calls = calls;
        this.mapper = mapper;
    }

    public CompletionStage<DashboardView> dashboard(int expiringWithinDays, Map<String, String> forwarded) {
        CompletableFuture<Answer> projects = calls.get("/api/v1/projects/summary", forwarded);
        CompletableFuture<Answer> active = calls.get("/api/v1/agreements?status=ACTIVE&size=1", forwarded);
        CompletableFuture<Answer> expiring = calls.get(
                "/api/v1/agreements?status=ACTIVE&size=" + PAGE + "&expiringWithinDays=" + expiringWithinDays,
                forwarded);
        CompletableFuture<Answer> onSite = calls.get("/api/v1/dispatches?status=ON_SITE&size=" + PAGE, forwarded);
        CompletableFuture<List<Answer>> programs = calls.get("/api/v1/budgets?size=" + PAGE, forwarded)
                .thenCompose(budgets -> programReports(budgets, forwarded));
        return CompletableFuture.allOf(projects, active, expiring, onSite, programs)
                .thenApply(done -> {
                    List<DegradedPart> degraded = new ArrayList<>();
                    JsonNode programList = programs(programs.join(), degraded);
                    JsonNode projectSummary = part("projects", projects.join(), degraded, false);
                    JsonNode activePage = part("activeAgreements", active.join(), degraded, false);
                    JsonNode expiringPage = part("expiringAgreements", expiring.join(), degraded, false);
                    JsonNode onSitePage = part("onSite", onSite.join(), degraded, false);
                    return new DashboardView(
                            programList,
                            projectSummary,
                            activePage == null ? null : activePage.path("total").asLong(),
                            expiringWithinDays,
                            items(expiringPage),
                            items(onSitePage),
                            degraded);
                });
    }

    /** The budgets answer first; then each program's funding report, all at once. */
    private CompletableFuture<List<Answer>> programReports(Answer budgets, Map<String, String> forwarded) {
        if (!budgets.ok()) {
            return CompletableFuture.completedFuture(List.of(budgets));
        }
        List<CompletableFuture<Answer>> reports = new ArrayList<>();
        for (JsonNode budget : budgets.body().path("items")) {
            reports.add(calls.get(
                    "/api/v1/funding-reports/programs/"
                            + budget.path("programId").asText(),
                    forwarded));
        }
        return CompletableFuture.allOf(reports.toArray(CompletableFuture[]::new))
                .thenApply(done -> reports.stream().map(CompletableFuture::join).toList());
    }

    /** The program reports, or null with one degraded entry naming the first failure. */
    private JsonNode programs(List<Answer> answers, List<DegradedPart> degraded) {
        ArrayNode programs = mapper.createArrayNode();
        for (Answer answer : answers) {
            JsonNode report = part("programs", answer, degraded, false);
            if (report == null) {
                return null;
            }
            programs.add(report);
        }
        return programs;
    }
}

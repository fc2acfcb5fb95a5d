package kr.go.msit.standards.gateway.outcome;

import static kr.go.msit.standards.gateway.compose.Parts.part;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kr.go.msit.standards.gateway.compose.DegradedPart;
import kr.go.msit.standards.gateway.compose.Parts;
import kr.go.msit.standards.gateway.compose.ServiceCalls;
import kr.go.msit.standards.gateway.compose.ServiceCalls.Answer;

/**
 * Composes a program's outcome report: projects-service's indicators (essential), and partnership-service's
 * person-days kept to the program's projects, which projects-service lists (the caller's own, for an institution).
 * The three calls go out at once; the person-days are filtered when both lists are in.
 */
@ApplicationScoped
public class OutcomeReportService {

    /** Pages of the program's projects read at most (200 each): far above any program. */
    static final int MAX_PAGES = 50;

    private final ServiceCalls calls;
    private final ObjectMapper mapper;

    public OutcomeReportService(ServiceCalls calls, ObjectMapper mapper) {
        this.calls = calls;
        this.mapper = mapper;
    }

    public CompletionStage<ProgramOutcomesView> program(
            UUID programId, Integer fiscalYear, Map<String, String> forwarded) {
        String year = fiscalYear == null ? "" : "fiscalYear=" + fiscalYear;
        CompletableFuture<Answer> indicators = calls.get(
                "/api/v1/programs/" + programId + "/outcomes" + (year.isEmpty() ? "" : "?" + year), forwarded);
        CompletableFuture<Answer> days =
                calls.get("/api/v1/dispatches/person-days" + (year.isEmpty() ? "" : "?" + year), forwarded);
        CompletableFuture<ProjectIds> projects = projectIds(programId, forwarded, null, new HashSet<>(), 0);
        return CompletableFuture.allOf(indicators, days, projects).thenApply(done -> {
            Parts.essential(indicators.join(), "the outcome report", "the program's indicators");
            List<DegradedPart> degraded = new ArrayList<>();
            ProjectIds ids = projects.join();
            JsonNode personDays = ids.failed() == null
                    ? part("personDays", days.join(), degraded, false)
                    : part("personDays", ids.failed(), degraded, false);
            return new ProgramOutcomesView(
                    indicators.join().body(), personDays == null ? null : only(personDays, ids.ids()), degraded);
        });
    }

    /** The ids of the program's projects the caller may see, page after page, or the answer that failed. */
    private record ProjectIds(Set<String> ids, Answer failed) {}

    private CompletableFuture<ProjectIds> projectIds(
            UUID programId, Map<String, String> forwarded, String after, Set<String> ids, int pages) {
        String query = "/api/v1/projects?size=200&programId=" + programId
                + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
        return calls.get(query, forwarded).thenCompose(page -> {
            if (!page.ok() || page.body() == null) {
                return CompletableFuture.completedFuture(new ProjectIds(ids, page));
            }
            page.body()
                    .path("items")
                    .forEach(project -> ids.add(project.path("id").asText()));
            String next = page.body().path("next").asText(null);
            if (next == null || next.isEmpty() || pages + 1 >= MAX_PAGES) {
                return CompletableFuture.completedFuture(new ProjectIds(ids, null));
            }
            return projectIds(programId, forwarded, next, ids, pages + 1);
        });
    }

    /** The person-days of these projects only, with the totals counted again. */
    private JsonNode only(JsonNode personDays, Set<String> projects) {
        ObjectNode kept = personDays.deepCopy();
        ArrayNode rows = mapper.createArrayNode();
        long actual = 0;
        long planned = 0;
        for (JsonNode row : personDays.path("rows")) {
            if (projects.contains(row.path("projectId").asText())) {
                rows.add(row);
                actual += row.path("actualDays").asLong();
                planned += row.path("plannedDays").asLong();
            }
        }
        kept.set("rows", rows);
        kept.put("actualDays", actual);
        kept.put("plannedDays", planned);
        return kept;
    }
}

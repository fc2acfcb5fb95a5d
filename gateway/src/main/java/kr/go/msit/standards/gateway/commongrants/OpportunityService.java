package kr.go.msit.standards.gateway.commongrants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import kr.go.msit.standards.gateway.commongrants.Answers.FilterInfo;
import kr.go.msit.standards.gateway.commongrants.Answers.OpportunitiesPage;
import kr.go.msit.standards.gateway.commongrants.Answers.OpportunityResponse;
import kr.go.msit.standards.gateway.commongrants.Answers.PaginationInfo;
import kr.go.msit.standards.gateway.commongrants.Answers.SearchResults;
import kr.go.msit.standards.gateway.commongrants.Answers.SortInfo;
import kr.go.msit.standards.gateway.commongrants.Protocol.Opportunity;
import kr.go.msit.standards.gateway.commongrants.Search.SearchRequest;
import kr.go.msit.standards.gateway.compose.Parts;
import kr.go.msit.standards.gateway.compose.ServiceCalls;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * Opportunities from projects-service's calls, as the caller may read them (its token goes along). A program has a
 * handful of calls a year, so the calls are read whole (200 a page) and filtered, sorted and paged here.
 */
@ApplicationScoped
public class OpportunityService {

    /** Pages of calls read at most (200 each). */
    static final int MAX_PAGES = 25;

    static final int DEFAULT_PAGE_SIZE = 100;

    private final ServiceCalls calls;
    private final ObjectMapper mapper;

    public OpportunityService(ServiceCalls calls, ObjectMapper mapper) {
        this.calls = calls;
        this.mapper = mapper;
    }

    public CompletionStage<OpportunitiesPage> list(int page, int pageSize, Map<String, String> forwarded) {
        return all(forwarded).thenApply(opportunities -> {
            List<Opportunity> sorted = new ArrayList<>(opportunities);
            sorted.sort(OpportunityQuery.byLastModified().reversed());
            return new OpportunitiesPage(
                    200,
                    Protocol.SUCCESS,
                    page(sorted, page, pageSize),
                    PaginationInfo.of(page, pageSize, sorted.size()));
        });
    }

    public CompletionStage<OpportunityResponse> get(UUID id, Map<String, String> forwarded) {
        return calls.get("/api/v1/calls/" + id, forwarded).thenApply(answer -> {
            if (answer.failure() == null && answer.status() == 404) {
                throw notFound(id);
            }
            Parts.essential(answer, "the opportunity", "the call");
            return new OpportunityResponse(
                    200, Protocol.SUCCESS, Opportunities.of(answer.body()).orElseThrow(() -> notFound(id)));
        });
    }

    /** {@code query} is never null: the resource requires the body. */
    public CompletionStage<SearchResults> search(SearchRequest query, Map<String, String> forwarded) {
        if (query.filters() != null
                && query.filters().customFilters() != null
                && !query.filters().customFilters().isObject()) {
            throw ProblemException.invalid(
                    "customFilters must be an object",
                    java.util.List.of(new kr.go.msit.standards.platform.problem.Problem.FieldError(
                            "filters.customFilters", "must be an object of filters")));
        }
        int page = query.pagination() == null || query.pagination().page() == null
                ? 1
                : query.pagination().page();
        int pageSize = query.pagination() == null || query.pagination().pageSize() == null
                ? DEFAULT_PAGE_SIZE
                : query.pagination().pageSize();
        return all(forwarded).thenApply(opportunities -> {
            List<String> filterErrors = new ArrayList<>();
            Predicate<Opportunity> matches = OpportunityQuery.matching(query.search(), query.filters(), filterErrors);
            List<Opportunity> found =
                    new ArrayList<>(opportunities.stream().filter(matches).toList());
            List<String> sortErrors = new ArrayList<>();
            SortInfo sortInfo = OpportunityQuery.sort(found, query.sorting(), sortErrors);
            JsonNode filters =
                    query.filters() == null ? mapper.createObjectNode() : mapper.valueToTree(query.filters());
            return new SearchResults(
                    200,
                    Protocol.SUCCESS,
                    page(found, page, pageSize),
                    PaginationInfo.of(page, pageSize, found.size()),
                    sortInfo,
                    new FilterInfo(filters, filterErrors.isEmpty() ? null : filterErrors));
        });
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException(404, "not-found", "Resource not found", "No opportunity " + id);
    }

    /** Every published call the caller may read, as opportunities. */
    private CompletableFuture<List<Opportunity>> all(Map<String, String> forwarded) {
        return pages(forwarded, 0, new ArrayList<>());
    }

    private CompletableFuture<List<Opportunity>> pages(
            Map<String, String> forwarded, int page, List<Opportunity> found) {
        return calls.get("/api/v1/calls?size=200&page=" + page, forwarded).thenCompose(answer -> {
            Parts.essential(answer, "the opportunities", "the calls");
            JsonNode body = answer.body();
            body.path("items").forEach(call -> Opportunities.of(call).ifPresent(found::add));
            long read = (long) (page + 1) * 200;
            if (read >= body.path("total").asLong() || page + 1 >= MAX_PAGES) {
                return CompletableFuture.completedFuture(found);
            }
            return pages(forwarded, page + 1, found);
        });
    }

    private static List<Opportunity> page(List<Opportunity> all, int page, int pageSize) {
        long from = (long) (page - 1) * pageSize;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + pageSize));
    }
}

package kr.go.msit.standards.gateway.commongrants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Predicate;
import kr.go.msit.standards.gateway.commongrants.Answers.FilterInfo;
import kr.go.msit.standards.gateway.commongrants.Answers.OpportunitiesPage;
import kr.go.msit.standards.gateway.commongrants.Answers.OpportunityResponse;
import kr.go.msit.standards.gateway.commongrants.Answers.PaginationInfo;
import kr.go.msit.standards.gateway.commongrants.Answers.SearchResults;
import kr.go.msit.standards.gateway.commongrants.Answers.SortInfo;
import kr.go.msit.standards.gateway.commongrants.Protocol.Money;
import kr.go.msit.standards.gateway.commongrants.Protocol.Opportunity;
import kr.go.msit.standards.gateway.commongrants.Search.MoneyRangeFilter;
import kr.go.msit.standards.gateway.commongrants.Search.OppFilters;
import kr.go.msit.standards.gateway.commongrants.Search.OppSorting;
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
            sorted.sort(byLastModified().reversed());
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

    public CompletionStage<SearchResults> search(SearchRequest request, Map<String, String> forwarded) {
        SearchRequest query = request == null ? new SearchRequest(null, null, null, null) : request;
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
            Predicate<Opportunity> matches = matching(query.search(), query.filters(), filterErrors);
            List<Opportunity> found =
                    new ArrayList<>(opportunities.stream().filter(matches).toList());
            List<String> sortErrors = new ArrayList<>();
            SortInfo sortInfo = sort(found, query.sorting(), sortErrors);
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

    private static Comparator<Opportunity> byLastModified() {
        return Comparator.comparing(Opportunity::lastModifiedAt).thenComparing(Opportunity::id);
    }

    /** Text in titles, descriptions and code, and every filter given (AND); unsupported filters are reported. */
    private static Predicate<Opportunity> matching(String search, OppFilters filters, List<String> errors) {
        Predicate<Opportunity> all = opportunity -> true;
        if (search != null && !search.isBlank()) {
            String words = search.strip().toLowerCase(Locale.ROOT);
            all = all.and(opportunity -> text(opportunity).contains(words));
        }
        if (filters == null) {
            return all;
        }
        if (filters.status() != null) {
            List<String> values = filters.status().value();
            boolean in = filters.status().operator().equals("in");
            all = all.and(opportunity -> values.contains(opportunity.status().value()) == in);
        }
        if (filters.closeDateRange() != null) {
            LocalDate min = filters.closeDateRange().value().min();
            LocalDate max = filters.closeDateRange().value().max();
            boolean between = filters.closeDateRange().operator().equals("between");
            all = all.and(opportunity -> {
                LocalDate close = opportunity.keyDates() == null
                        ? null
                        : opportunity.keyDates().closeDate().date();
                return close != null && (!close.isBefore(min) && !close.isAfter(max)) == between;
            });
        }
        all = all.and(
                money(filters.totalFundingAvailableRange(), o -> o.funding().totalAmountAvailable()));
        all = all.and(money(filters.maxAwardAmountRange(), o -> o.funding().maxAwardAmount()));
        if (filters.minAwardAmountRange() != null) {
            errors.add("minAwardAmountRange was not applied: calls set no minimum award");
        }
        if (filters.customFilters() != null && filters.customFilters().size() > 0) {
            errors.add("customFilters were not applied: this implementation defines none");
        }
        return all;
    }

    /** An amount within (or outside) a range; amounts in another currency than the range's never match. */
    private static Predicate<Opportunity> money(MoneyRangeFilter filter, Function<Opportunity, Money> amount) {
        if (filter == null) {
            return opportunity -> true;
        }
        Money min = filter.value().min();
        Money max = filter.value().max();
        boolean between = filter.operator().equals("between");
        return opportunity -> {
            Money value = amount.apply(opportunity);
            if (!value.currency().equals(min.currency()) || !value.currency().equals(max.currency())) {
                return false;
            }
            BigDecimal v = new BigDecimal(value.amount());
            boolean within =
                    v.compareTo(new BigDecimal(min.amount())) >= 0 && v.compareTo(new BigDecimal(max.amount())) <= 0;
            return within == between;
        };
    }

    private static String text(Opportunity opportunity) {
        StringBuilder text = new StringBuilder(opportunity.title()).append(' ').append(opportunity.description());
        for (String field : List.of("code", "titleKo", "descriptionKo")) {
            var custom = opportunity.customFields().get(field);
            if (custom != null) {
                text.append(' ').append(custom.value());
            }
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    /** Sorts by the field asked for (default: most recently changed first); unsupported keys are reported. */
    private static SortInfo sort(List<Opportunity> found, OppSorting sorting, List<String> errors) {
        if (sorting == null) {
            found.sort(byLastModified().reversed());
            return new SortInfo("lastModifiedAt", "desc", null);
        }
        boolean descending = "desc".equals(sorting.sortOrder());
        Comparator<Opportunity> order = switch (sorting.sortBy()) {
            case "lastModifiedAt" -> byLastModified();
            case "createdAt" -> Comparator.comparing(Opportunity::createdAt);
            case "title" -> Comparator.comparing(Opportunity::title);
            case "status.value" -> Comparator.comparing(o -> o.status().value());
            case "keyDates.closeDate" ->
                Comparator.comparing(
                        o -> o.keyDates() == null
                                ? null
                                : o.keyDates().closeDate().date(),
                        Comparator.nullsLast(Comparator.naturalOrder()));
            case "funding.maxAwardAmount" ->
                Comparator.comparing(
                        o -> new BigDecimal(o.funding().maxAwardAmount().amount()));
            case "funding.totalAmountAvailable" ->
                Comparator.comparing(
                        o -> new BigDecimal(o.funding().totalAmountAvailable().amount()));
            default -> null;
        };
        if (order == null) {
            errors.add("sortBy " + sorting.sortBy() + " is not supported here; sorted by lastModifiedAt instead");
            found.sort(byLastModified().reversed());
            return new SortInfo("lastModifiedAt", "desc", errors);
        }
        order = order.thenComparing(Opportunity::id);
        found.sort(descending ? order.reversed() : order);
        return new SortInfo(sorting.sortBy(), descending ? "desc" : "asc", null);
    }
}

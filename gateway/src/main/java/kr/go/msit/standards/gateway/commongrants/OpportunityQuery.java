package kr.go.msit.standards.gateway.commongrants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import kr.go.msit.standards.gateway.commongrants.Answers.SortInfo;
import kr.go.msit.standards.gateway.commongrants.Protocol.Money;
import kr.go.msit.standards.gateway.commongrants.Protocol.Opportunity;
import kr.go.msit.standards.gateway.commongrants.Search.MoneyRangeFilter;
import kr.go.msit.standards.gateway.commongrants.Search.OppFilters;
import kr.go.msit.standards.gateway.commongrants.Search.OppSorting;

/**
 * How a CommonGrants search narrows and orders the opportunities read: text and filters (AND), then the sort asked
 * for. What this implementation cannot apply is reported in the answer's filter or sort information, never ignored
 * silently.
 */
final class OpportunityQuery {

    private OpportunityQuery() {}

    static Comparator<Opportunity> byLastModified() {
        return Comparator.comparing(Opportunity::lastModifiedAt).thenComparing(Opportunity::id);
    }

    /** Text in titles, descriptions and code, and every filter given (AND); unsupported filters are reported. */
    static Predicate<Opportunity> matching(String search, OppFilters filters, List<String> errors) {
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
    static SortInfo sort(List<Opportunity> found, OppSorting sorting, List<String> errors) {
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

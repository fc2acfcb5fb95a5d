package kr.go.msit.standards.gateway.commongrants;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of the CommonGrants protocol (npm {@code @common-grants/core} 0.3.0-alpha.1, its {@code v0.3.0} API)
 * that the gateway answers and reads: opportunities, paging, sorting, filters and the error shape. Optional members
 * are left out when empty, as the protocol's schemas require (a {@code null} is not one of their types).
 */
public final class Protocol {

    private Protocol() {}

    static final String SUCCESS = "Success";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "CommonGrantsMoney",
            description = "A monetary amount: a decimal string and its ISO 4217 currency (KRW here)",
            requiredProperties = {"amount", "currency"})
    public record Money(
            @Schema(example = "1250000000", pattern = "^-?[0-9]+\\.?[0-9]*$", description = "The amount")
            @Pattern(regexp = "^-?[0-9]+\\.?[0-9]*$", message = "must be a decimal number written as a string")
            @NotNull
            String amount,

            @Schema(example = "KRW", description = "ISO 4217 currency code") @NotNull @Size(min = 3, max = 3)
            String currency) {

        static Money krw(long amount) {
            return new Money(Long.toString(amount), "KRW");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "CommonGrantsOppStatus",
            description = "An opportunity's status: forecasted (announced), open, closed, or custom (cancelled)",
            requiredProperties = {"value"})
    public record OppStatus(
            @Schema(
                    enumeration = {"forecasted", "open", "closed", "custom"},
                    description = "The status")
            String value,

            @Schema(description = "For custom: our own status, e.g. cancelled")
            String customValue,

            @Schema(description = "What the status means for applicants")
            String description) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "CommonGrantsOppFunding",
            description = "The funding available",
            requiredProperties = {"details", "totalAmountAvailable", "maxAwardAmount"})
    public record OppFunding(
            @Schema(description = "What the funding covers") String details,

            @Schema(description = "The call's budget ceiling (총 공모 예산)")
            Money totalAmountAvailable,

            @Schema(description = "The most one project may be awarded over its whole period")
            Money maxAwardAmount) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "CommonGrantsSingleDateEvent",
            description = "An event on one date",
            requiredProperties = {"name", "eventType", "date"})
    public record SingleDateEvent(
            @Schema(description = "What the date is") String name,

            @Schema(enumeration = "singleDate", description = "singleDate")
            String eventType,

            @Schema(description = "The date (YYYY-MM-DD, Korea)")
            LocalDate date,

            @Schema(description = "What happens on it") String description) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "CommonGrantsDateRangeEvent",
            description = "An event over a period",
            requiredProperties = {"name", "eventType", "startDate", "endDate"})
    public record DateRangeEvent(
            @Schema(description = "What the period is") String name,

            @Schema(enumeration = "dateRange", description = "dateRange")
            String eventType,

            @Schema(description = "First day (YYYY-MM-DD, Korea)")
            LocalDate startDate,

            @Schema(description = "Last day, inclusive (YYYY-MM-DD, Korea)")
            LocalDate endDate,

            @Schema(description = "What happens in it") String description) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "CommonGrantsOppTimeline",
            description = "Key dates (given once the call has its last day)",
            requiredProperties = {"closeDate"})
    public record OppTimeline(
            @Schema(description = "The last day applications are accepted")
            SingleDateEvent closeDate,

            @Schema(description = "Other dates, by key: applicationPeriod (opens–closes)")
            Map<String, DateRangeEvent> otherDates) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "CommonGrantsCustomField",
            description = "One of our own fields, named and typed as the protocol says",
            requiredProperties = {"name", "fieldType", "value"})
    public record CustomField(
            @Schema(description = "The field's name") String name,

            @Schema(
                    enumeration = {"string", "number", "integer", "boolean", "object", "array"},
                    description = "The JSON type of value")
            String fieldType,

            @Schema(description = "The value") Object value,
            @Schema(description = "What the field is") String description) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "CommonGrantsOpportunity",
            description = "A call for proposals (과제 공모) as a CommonGrants funding opportunity",
            requiredProperties = {"id", "title", "status", "description", "createdAt", "lastModifiedAt"})
    public record Opportunity(
            @Schema(description = "The call's id") UUID id,

            @Schema(description = "The call's English title")
            String title,

            OppStatus status,

            @Schema(description = "What the call funds (English; its title when it has no description)")
            String description,

            @Schema(description = "The funding available") OppFunding funding,

            @Schema(description = "Key dates; absent until the call has its last day")
            OppTimeline keyDates,

            @Schema(
                    description = "Our own fields: code, titleKo, descriptionKo, fiscalYear, selectionMode, "
                            + "durationMonths, qualifyingInstruments, partnerAgencies")
            Map<String, CustomField> customFields,

            @Schema(description = "When the call was recorded (UTC)")
            Instant createdAt,

            @Schema(description = "When the call last changed (UTC)")
            Instant lastModifiedAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "CommonGrantsPaginationInfo",
            description = "Where this page lies",
            requiredProperties = {"page", "pageSize", "totalItems", "totalPages"})
    public record PaginationInfo(
            @Schema(description = "This page, from 1") int page,
            @Schema(description = "Items per page") int pageSize,
            @Schema(description = "Items over all pages") long totalItems,
            @Schema(description = "Pages") long totalPages) {

        static PaginationInfo of(int page, int pageSize, long totalItems) {
            return new PaginationInfo(page, pageSize, totalItems, (totalItems + pageSize - 1) / pageSize);
        }
    }

    @Schema(
            name = "CommonGrantsOpportunitiesPage",
            description = "A page of opportunities, most recently changed first",
            requiredProperties = {"status", "message", "items", "paginationInfo"})
    public record OpportunitiesPage(
            @Schema(description = "200") int status,
            @Schema(description = "Success") String message,

            @Schema(description = "The opportunities on this page")
            List<Opportunity> items,

            @Schema(description = "Where this page lies") PaginationInfo paginationInfo) {}

    @Schema(
            name = "CommonGrantsOpportunityResponse",
            description = "One opportunity",
            requiredProperties = {"status", "message", "data"})
    public record OpportunityResponse(
            @Schema(description = "200") int status,
            @Schema(description = "Success") String message,
            @Schema(description = "The opportunity") Opportunity data) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "CommonGrantsSortInfo",
            description = "How the results are sorted",
            requiredProperties = {"sortBy", "sortOrder"})
    public record SortInfo(
            @Schema(description = "The field sorted by") String sortBy,

            @Schema(
                    enumeration = {"asc", "desc"},
                    description = "asc or desc")
            String sortOrder,

            @Schema(description = "Why a sort asked for was not applied")
            List<String> errors) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "CommonGrantsFilterInfo",
            description = "The filters applied",
            requiredProperties = {"filters"})
    public record FilterInfo(
            @Schema(type = SchemaType.OBJECT, description = "The filters, as given (a CommonGrantsOppFilters)")
            JsonNode filters,

            @Schema(description = "Filters given that were not applied, and why")
            List<String> errors) {}

    @Schema(
            name = "CommonGrantsSearchResults",
            description = "A page of the opportunities that match a search",
            requiredProperties = {"status", "message", "items", "paginationInfo", "sortInfo", "filterInfo"})
    public record SearchResults(
            @Schema(description = "200") int status,
            @Schema(description = "Success") String message,

            @Schema(description = "The matching opportunities on this page")
            List<Opportunity> items,

            @Schema(description = "Where this page lies") PaginationInfo paginationInfo,

            @Schema(description = "How the results are sorted")
            SortInfo sortInfo,

            @Schema(description = "The filters applied") FilterInfo filterInfo) {}

    // ---- the search request ----

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CommonGrantsStringArrayFilter", description = "A field compared to a list of values")
    public record StringArrayFilter(
            @NotNull
            @Schema(
                    enumeration = {"in", "notIn"},
                    description = "in or notIn")
            @Pattern(regexp = "in|notIn")
            String operator,

            @NotNull @Size(max = 20) @Schema(description = "The values")
            List<@NotNull @Size(max = 50) String> value) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CommonGrantsDateRange", description = "From min to max, both included")
    public record DateRange(
            @NotNull @Schema(description = "First day (YYYY-MM-DD)")
            LocalDate min,

            @NotNull @Schema(description = "Last day (YYYY-MM-DD)")
            LocalDate max) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CommonGrantsDateRangeFilter", description = "A date within (or outside) a range")
    public record DateRangeFilter(
            @NotNull
            @Pattern(regexp = "between|outside")
            @Schema(
                    enumeration = {"between", "outside"},
                    description = "between or outside")
            String operator,

            @NotNull @Valid DateRange value) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CommonGrantsMoneyRange", description = "From min to max, both included")
    public record MoneyRange(
            @NotNull @Valid Money min, @NotNull @Valid Money max) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CommonGrantsMoneyRangeFilter", description = "An amount within (or outside) a range")
    public record MoneyRangeFilter(
            @NotNull
            @Pattern(regexp = "between|outside")
            @Schema(
                    enumeration = {"between", "outside"},
                    description = "between or outside")
            String operator,

            @NotNull @Valid MoneyRange value) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CommonGrantsOppFilters", description = "Filters, all of which an opportunity must match")
    public record OppFilters(
            @Valid @Schema(description = "status.value is (not) one of")
            StringArrayFilter status,

            @Valid @Schema(description = "keyDates.closeDate is (not) within")
            DateRangeFilter closeDateRange,

            @Valid @Schema(description = "funding.totalAmountAvailable is (not) within")
            MoneyRangeFilter totalFundingAvailableRange,

            @Valid @Schema(description = "Not supported here (no minimum award): reported in filterInfo.errors")
            MoneyRangeFilter minAwardAmountRange,

            @Valid @Schema(description = "funding.maxAwardAmount is (not) within")
            MoneyRangeFilter maxAwardAmountRange,

            @Schema(
                    type = SchemaType.OBJECT,
                    description = "Implementation-defined filters: none are supported here (reported in "
                            + "filterInfo.errors)")
            JsonNode customFilters) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CommonGrantsOppSorting", description = "How to sort")
    public record OppSorting(
            @NotNull
            @Schema(
                    enumeration = {
                        "lastModifiedAt",
                        "createdAt",
                        "title",
                        "status.value",
                        "keyDates.closeDate",
                        "funding.maxAwardAmount",
                        "funding.minAwardAmount",
                        "funding.totalAmountAvailable",
                        "funding.estimatedAwardCount",
                        "custom"
                    },
                    description = "The field to sort by (minAwardAmount, estimatedAwardCount and custom are not "
                            + "supported here: the default order applies, reported in sortInfo.errors)")
            @Pattern(
                    regexp =
                            "lastModifiedAt|createdAt|title|status\\.value|keyDates\\.closeDate|funding\\.maxAwardAmount"
                                    + "|funding\\.minAwardAmount|funding\\.totalAmountAvailable|funding\\.estimatedAwardCount|custom",
                    message = "must be one of the protocol's sort keys")
            String sortBy,

            @Size(max = 100) @Schema(description = "For custom: our field (none are supported)")
            String customSortBy,

            @Schema(
                    enumeration = {"asc", "desc"},
                    description = "asc (default) or desc")
            @Pattern(regexp = "asc|desc")
            String sortOrder) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CommonGrantsPagination", description = "Which page")
    public record PaginationRequest(
            @Min(1) @Max(1_000_000) @Schema(description = "From 1 (default 1)")
            Integer page,

            @Min(1) @Max(200) @Schema(description = "1–200 (default 100)")
            Integer pageSize) {}

    @Schema(name = "CommonGrantsSearchRequest", description = "A search of opportunities")
    public record SearchRequest(
            @Size(max = 200)
            @Schema(description = "Words to find in titles, descriptions and codes (Korean or English)")
            String search,

            @Valid OppFilters filters,
            @Valid OppSorting sorting,
            @Valid PaginationRequest pagination) {}

    // ---- errors ----

    @Schema(
            name = "CommonGrantsError",
            description = "The protocol's error shape, used for every error under /common-grants",
            requiredProperties = {"status", "message", "errors"})
    public record Error(
            @Schema(description = "The HTTP status") int status,
            @Schema(description = "What went wrong") String message,

            @Schema(description = "Details: the invalid fields, or the problem's type and the request id")
            List<Object> errors) {}
}

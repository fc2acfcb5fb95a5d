package kr.go.msit.standards.gateway.commongrants;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import kr.go.msit.standards.gateway.commongrants.Protocol.Money;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The CommonGrants protocol's search request: text, filters, sorting and paging. */
public final class Search {

    private Search() {}

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
}

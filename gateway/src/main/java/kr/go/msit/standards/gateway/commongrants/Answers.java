package kr.go.msit.standards.gateway.commongrants;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import kr.go.msit.standards.gateway.commongrants.Protocol.Opportunity;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The CommonGrants protocol's answers around opportunities: pages, one opportunity, search results, errors. */
public final class Answers {

    private Answers() {}

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

package kr.go.msit.standards.gateway.commongrants;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of the CommonGrants protocol (npm {@code @common-grants/core} 0.3.0-alpha.1, its {@code v0.3.0} API)
 * for one opportunity. Optional members are left out when empty, as the protocol's schemas require (a {@code null} is
 * not one of their types). The pages and errors are {@link Answers}, the search request {@link Search}.
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
}

package kr.go.msit.standards.gateway.commongrants;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.go.msit.standards.gateway.commongrants.Protocol.CustomField;
import kr.go.msit.standards.gateway.commongrants.Protocol.DateRangeEvent;
import kr.go.msit.standards.gateway.commongrants.Protocol.Money;
import kr.go.msit.standards.gateway.commongrants.Protocol.OppFunding;
import kr.go.msit.standards.gateway.commongrants.Protocol.OppStatus;
import kr.go.msit.standards.gateway.commongrants.Protocol.OppTimeline;
import kr.go.msit.standards.gateway.commongrants.Protocol.Opportunity;
import kr.go.msit.standards.gateway.commongrants.Protocol.SingleDateEvent;

/**
 * A call for proposals (projects-service's {@code Call}) as a CommonGrants opportunity. A call not announced (in
 * {@code DRAFT}, or cancelled as a draft: no {@code announcedOn}) is not published and is no opportunity; the states of
 * the others map as: {@code ANNOUNCED} → forecasted, {@code OPEN} → open,
 * {@code CLOSED}, {@code UNDER_REVIEW}, {@code RESULTS_PUBLISHED} → closed, {@code CANCELLED} → custom
 * ({@code cancelled}). Our own fields go only under {@code customFields}.
 */
final class Opportunities {

    private Opportunities() {}

    /** The opportunity of {@code call}, or empty for a call not announced. */
    static Optional<Opportunity> of(JsonNode call) {
        String state = call.path("status").asText();
        OppStatus status = status(state);
        if (status == null || date(call, "announcedOn") == null) {
            return Optional.empty();
        }
        String title = call.path("titleEn").asText();
        String description = text(call, "descriptionEn");
        return Optional.of(new Opportunity(
                UUID.fromString(call.path("id").asText()),
                title,
                status,
                description == null ? title : description,
                new OppFunding(
                        "Per project: at most the maximum award over "
                                + call.path("durationMonths").asInt()
                                + " months of performance; the call awards at most the total",
                        Money.krw(call.path("budgetCeilingKrw").asLong()),
                        Money.krw(call.path("perProjectCapKrw").asLong())),
                timeline(date(call, "opensOn"), date(call, "closesOn")),
                customFields(call),
                Instant.parse(call.path("createdAt").asText()),
                Instant.parse(call.path("updatedAt").asText())));
    }

    static OppStatus status(String state) {
        return switch (state) {
            case "ANNOUNCED" -> new OppStatus("forecasted", null, "Announced; applications are not yet accepted");
            case "OPEN" -> new OppStatus("open", null, "Applications are accepted until the close date");
            case "CLOSED" -> new OppStatus("closed", null, "Applications are no longer accepted");
            case "UNDER_REVIEW" -> new OppStatus("closed", null, "Closed; applications are under review");
            case "RESULTS_PUBLISHED" -> new OppStatus("closed", null, "Closed; the selected projects are published");
            case "CANCELLED" -> new OppStatus("custom", "cancelled", "The call was cancelled");
            default -> null; // DRAFT: not published
        };
    }

    private static OppTimeline timeline(LocalDate opens, LocalDate closes) {
        if (closes == null) {
            return null;
        }
        Map<String, DateRangeEvent> other = null;
        if (opens != null) {
            other = Map.of(
                    "applicationPeriod",
                    new DateRangeEvent(
                            "Application period",
                            "dateRange",
                            opens,
                            closes,
                            "Applications are accepted from the first day to the last (Korea)"));
        }
        return new OppTimeline(
                new SingleDateEvent(
                        "Application deadline", "singleDate", closes, "The last day applications are accepted (Korea)"),
                other);
    }

    private static Map<String, CustomField> customFields(JsonNode call) {
        Map<String, CustomField> fields = new LinkedHashMap<>();
        fields.put("code", field("code", "string", call.path("code").asText(), "The call's code"));
        fields.put("titleKo", field("titleKo", "string", call.path("titleKo").asText(), "The title in Korean"));
        String descriptionKo = text(call, "descriptionKo");
        if (descriptionKo != null) {
            fields.put("descriptionKo", field("descriptionKo", "string", descriptionKo, "The description in Korean"));
        }
        fields.put(
                "fiscalYear",
                field("fiscalYear", "integer", call.path("fiscalYear").asInt(), "The first fiscal year funded"));
        fields.put(
                "selectionMode",
                field(
                        "selectionMode",
                        "string",
                        call.path("selectionMode").asText(),
                        "OPEN: any eligible institution applies; DESIGNATED: only the institutions named"));
        fields.put(
                "durationMonths",
                field("durationMonths", "integer", call.path("durationMonths").asInt(), "Months of performance"));
        fields.put(
                "qualifyingInstruments",
                field(
                        "qualifyingInstruments",
                        "array",
                        strings(call.path("qualifyingInstruments")),
                        "Agreements with a partner agency that make a Korean lead institution eligible "
                                + "(MOU, LOI, CONFIRMATION_LETTER)"));
        fields.put(
                "partnerAgencies",
                field(
                        "partnerAgencies",
                        "array",
                        strings(call.path("qualifyingAgencies")),
                        "Partner agencies (codes, e.g. NIST) whose agreements qualify"));
        return fields;
    }

    private static CustomField field(String name, String type, Object value, String description) {
        return new CustomField(name, type, value, description);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }
}

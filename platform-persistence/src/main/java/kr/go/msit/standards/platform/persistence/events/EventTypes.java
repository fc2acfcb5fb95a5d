package kr.go.msit.standards.platform.persistence.events;

import java.util.Map;

/**
 * Event type names: {@code kr.go.msit.kus.<resource>.<what happened>}, where what happened is the audited action in
 * the past tense ({@code suspend} → {@code project.suspended}, {@code set-lines} →
 * {@code allocation.budget-lines-updated}).
 */
public final class EventTypes {

    public static final String PREFIX = "kr.go.msit.kus.";

    /** Actions whose past tense is not the regular one, or reads better reordered. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("pay", "paid"),
            Map.entry("submit", "submitted"),
            Map.entry("withdraw", "withdrawn"),
            Map.entry("hold", "held"),
            Map.entry("cut-short", "cut-short"),
            Map.entry("cancel", "cancelled"),
            Map.entry("create-from-selection", "created"),
            Map.entry("set-lines", "budget-lines-updated"),
            Map.entry("set-partner-side", "partner-side-updated"),
            Map.entry("check-eligibility", "eligibility-checked"),
            Map.entry("start-review", "review-started"),
            Map.entry("request-revision", "revision-requested"),
            Map.entry("publish-results", "results-published"),
            Map.entry("sign-agreement", "agreement-signed"),
            Map.entry("add-site", "site-added"),
            Map.entry("add-unit", "unit-added"),
            Map.entry("add-evaluator", "evaluator-added"),
            Map.entry("accept-institution", "accepted-by-institution"),
            Map.entry("accept-partner", "accepted-by-partner"),
            Map.entry("attendance", "attendance-recorded"),
            Map.entry("move", "stage-moved"),
            Map.entry("open", "opened"),
            Map.entry("matched", "matched"),
            Map.entry("unmatched", "unmatched"),
            Map.entry("realised", "realised"));

    private EventTypes() {}

    /** The type of an event of {@code resource} recorded as {@code action}. */
    public static String of(String resource, String action) {
        return PREFIX + resource + "." + pastTense(action);
    }

    static String pastTense(String action) {
        String irregular = IRREGULAR.get(action);
        if (irregular != null) {
            return irregular;
        }
        if (action.endsWith("e")) {
            return action + "d";
        }
        if (action.endsWith("y") && action.length() > 1 && "aeiou".indexOf(action.charAt(action.length() - 2)) < 0) {
            return action.substring(0, action.length() - 1) + "ied";
        }
        return action + "ed";
    }
}

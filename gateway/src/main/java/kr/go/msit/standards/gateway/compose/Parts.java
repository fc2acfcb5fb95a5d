package kr.go.msit.standards.gateway.compose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import kr.go.msit.standards.gateway.compose.ServiceCalls.Answer;

/** The parts of a composed view: what each answered, collected with the list of parts that are missing. */
public final class Parts {

    private Parts() {}

    /**
     * The body of a part, or null: with a {@code degraded} entry when the part failed, without one when it does
     * not exist ({@code absentOn404}, e.g. no allocation yet).
     */
    public static JsonNode part(String name, Answer answer, List<DegradedPart> degraded, boolean absentOn404) {
        if (answer.ok()) {
            return answer.body();
        }
        if (absentOn404 && answer.failure() == null && answer.status() == 404) {
            return null;
        }
        degraded.add(new DegradedPart(name, answer.service(), answer.reason()));
        return null;
    }

    /** The items of a page, or null. */
    public static JsonNode items(JsonNode page) {
        return page == null ? null : page.path("items");
    }

    /** The first item of a page, or null when there is none. */
    public static JsonNode firstItem(JsonNode page) {
        return page == null || page.path("items").isEmpty()
                ? null
                : page.path("items").get(0);
    }
}

package kr.go.msit.standards.gateway.compose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import kr.go.msit.standards.gateway.compose.ServiceCalls.Answer;
import kr.go.msit.standards.platform.problem.ProblemException;

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

    /**
     * A part the view cannot do without: its 4xx (404 unknown, 401, 403) passes on to the caller; its failure is
     * 503, or 504 when it timed out, naming the service. {@code view} and {@code what} name them in the detail.
     */
    public static void essential(Answer answer, String view, String what) {
        if (answer.ok() && answer.body() != null) {
            return;
        }
        String service = answer.service();
        if (answer.failure() == null && answer.status() >= 400 && answer.status() < 500) {
            String detail = answer.body() == null
                    ? service + " answered " + answer.status()
                    : answer.body().path("detail").asText(service + " answered " + answer.status());
            String slug = answer.status() == 404
                    ? "not-found"
                    : answer.status() == 403
                            ? "forbidden"
                            : answer.status() == 401 ? "unauthenticated" : "http-" + answer.status();
            throw new ProblemException(
                    answer.status(),
                    slug,
                    answer.status() == 404 ? "Resource not found" : "Refused by " + service,
                    detail);
        }
        String detail = answer.reason() + "; " + view + " cannot be built without " + what;
        if (answer.timedOut()) {
            throw ProblemException.dependencyTimeout(service, detail);
        }
        throw ProblemException.dependencyUnavailable(service, detail);
    }
}

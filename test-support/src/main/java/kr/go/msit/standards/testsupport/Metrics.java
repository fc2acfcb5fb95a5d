package kr.go.msit.standards.testsupport;

import java.util.Map;
import java.util.TreeMap;

/** What a module's {@code /q/metrics} (on its management port) shows now: each series ({@code name{label="value"}}) to its value. */
public final class Metrics {

    private Metrics() {}

    /** The module's {@code /q/metrics} as Prometheus text. */
    public static String text() {
        return Management.given()
                .accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    public static Map<String, Double> scrape() {
        String text = text();
        Map<String, Double> series = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            // the Prometheus text format may end labels with a comma: {event="pay",}
            series.put(
                    line.substring(0, space).trim().replace(",}", "}"), Double.parseDouble(line.substring(space + 1)));
        }
        return series;
    }

    /** The value of the series, 0 when it is not there (a counter that has not counted yet). */
    public static double value(Map<String, Double> scrape, String series) {
        return scrape.getOrDefault(series, 0.0);
    }

    /** The names of the {@code kus_} series, for a failure message that shows what is there. */
    public static String domainSeries(Map<String, Double> scrape) {
        return scrape.keySet().stream()
                .filter(series -> series.startsWith("kus_"))
                .toList()
                .toString();
    }

    /** True when some series of that metric name is there. */
    public static boolean has(Map<String, Double> scrape, String name) {
        return scrape.keySet().stream().anyMatch(series -> series.equals(name) || series.startsWith(name + "{"));
    }
}

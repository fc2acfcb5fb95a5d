package kr.go.msit.standards.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;

/**
 * A report as RFC 4180 CSV for spreadsheet users: a header row and data rows, fields quoted when they need it, CRLF
 * line ends; sent as a UTF-8 attachment with a byte-order mark, so that Excel reads Korean text right.
 *
 * <p>A text field that a spreadsheet would read as a formula (it begins with {@code = + - @}, a tab or a carriage
 * return, or their full-width forms, after any spaces) is written after an apostrophe, as OWASP's "CSV injection" advice has it: a report opened by a program
 * manager must not run what a caller typed. Numbers are written as they are (a negative amount stays a number).
 */
public final class Csv {

    /** The media type a report operation also produces. */
    public static final String MEDIA_TYPE = "text/csv";

    private static final MediaType CSV_TYPE = new MediaType("text", "csv");

    private final StringBuilder out = new StringBuilder();

    public Csv row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String text = fields[i] == null ? "" : fields[i].toString();
            if (fields[i] instanceof CharSequence && startsAFormula(text)) {
                text = "'" + text;
            }
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                text = "\"" + text.replace("\"", "\"\"") + "\"";
            }
            out.append(text);
        }
        out.append("\r\n");
        return this;
    }

    /**
     * Whether a spreadsheet could read {@code text} as a formula: its first character, after any spaces (a spreadsheet
     * may trim them), is one of OWASP's list or its full-width form, which an East Asian input method types and a
     * spreadsheet may read as the ASCII one.
     */
    private static boolean startsAFormula(String text) {
        int first = 0;
        while (first < text.length() && (text.charAt(first) == ' ' || text.charAt(first) == '\u3000')) {
            first++;
        }
        return first < text.length() && "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20".indexOf(text.charAt(first)) >= 0;
    }

    public Csv rows(List<Object[]> rows) {
        rows.forEach(this::row);
        return this;
    }

    /**
     * {@code report} as JSON, or as the CSV {@code asCsv} makes of it when the caller asks for CSV before JSON (see
     * {@link #wanted(HttpHeaders)}): what every report operation answers.
     */
    public static <T> Response negotiated(HttpHeaders headers, T report, Function<T, Response> asCsv) {
        return wanted(headers)
                ? asCsv.apply(report)
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * Whether the caller asked for CSV before JSON. An {@code Accept} that JAX-RS cannot list (an empty one, which
     * RESTEasy's own negotiation takes as any type) asks for nothing in particular: JSON.
     */
    public static boolean wanted(HttpHeaders headers) {
        try {
            return wanted(headers.getAcceptableMediaTypes());
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /**
     * Whether CSV is what {@code acceptable} (as JAX-RS lists them, most preferred first) prefers to JSON: each type's
     * quality is that of the most specific range that matches it (RFC 9110 §12.5.1: {@code text/*} is CSV's, not
     * JSON's; with {@code text/*, text/csv;q=0} CSV is refused); CSV wins on a higher quality, or on an equal one
     * from a range listed before JSON's. {@code *}{@code /*} alone, or nothing, is JSON.
     */
    static boolean wanted(List<MediaType> acceptable) {
        MediaType csv = AcceptQualities.deciding(CSV_TYPE, acceptable);
        if (csv == null || AcceptQualities.quality(csv) == 0) {
            return false;
        }
        MediaType json = AcceptQualities.deciding(MediaType.APPLICATION_JSON_TYPE, acceptable);
        if (json == null || AcceptQualities.quality(json) == 0) {
            return true;
        }
        double csvQuality = AcceptQualities.quality(csv);
        double jsonQuality = AcceptQualities.quality(json);
        return csvQuality > jsonQuality
                || (csvQuality == jsonQuality && csv != json && acceptable.indexOf(csv) < acceptable.indexOf(json));
    }

    /** The CSV as a download named {@code filename}. */
    public Response attachment(String filename) {
        return Response.ok("\uFEFF" + out, MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

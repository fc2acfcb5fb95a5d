package kr.go.msit.standards.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A report as RFC 4180 CSV for spreadsheet users: a header row and data rows, fields quoted when they need it, CRLF
 * line ends; sent as a UTF-8 attachment with a byte-order mark, so that Excel reads Korean text right.
 */
public final class Csv {

    /** The media type a report operation also produces. */
    public static final String MEDIA_TYPE = "text/csv";

    private final StringBuilder out = new StringBuilder();

    public Csv row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String text = fields[i] == null ? "" : fields[i].toString();
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                text = "\"" + text.replace("\"", "\"\"") + "\"";
            }
            out.append(text);
        }
        out.append("\r\n");
        return this;
    }

    public Csv rows(List<Object[]> rows) {
        rows.forEach(this::row);
        return this;
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
     * Whether, of {@code acceptable} (most preferred first, as JAX-RS lists them), a type CSV answers ({@code text/csv}
     * or {@code text/*}: of the two a report is, only CSV is text) comes before one JSON answers other than
     * {@code *}{@code /*}. A type with {@code q=0} is one the caller refuses, never one it asks for.
     */
    static boolean wanted(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (refused(type)) {
                continue;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (type.getType().equals("text") && (type.getSubtype().equals("csv") || type.isWildcardSubtype())) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(MediaType type) {
        return AcceptQualities.quality(type) == 0;
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

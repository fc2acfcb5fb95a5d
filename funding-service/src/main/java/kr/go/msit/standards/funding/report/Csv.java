package kr.go.msit.standards.funding.report;

import java.util.List;

/** RFC 4180 CSV: a header row and data rows, fields quoted when they need it, CRLF line ends. */
final class Csv {

    private final StringBuilder out = new StringBuilder();

    Csv row(Object... fields) {
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

    Csv rows(List<Object[]> rows) {
        rows.forEach(this::row);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

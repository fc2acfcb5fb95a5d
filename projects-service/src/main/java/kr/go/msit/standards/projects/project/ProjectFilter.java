package kr.go.msit.standards.projects.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The filters of the project list, turned into SQL. The statement is plain SQL so that its plan can be checked:
 * each filter has an index on (column, code), and free text uses the trigram index on {@code search_text}.
 */
public record ProjectFilter(
        ProjectStatus status,
        TechnologyArea technologyArea,
        UUID leadInstitutionId,
        Integer fiscalYear,
        UUID programId,
        UUID callId,
        String text,
        UUID partnerUnitId) {

    /** SQL with named parameters, and the parameter values. */
    public record Sql(String where, Map<String, Object> parameters) {

        public String select(int limit, long offset) {
            return "SELECT * FROM project" + where + " ORDER BY code LIMIT " + limit + " OFFSET " + offset;
        }

        /** The page after the project whose code is the parameter {@code after}: an index range, no OFFSET. */
        public String selectAfter(int limit) {
            return "SELECT * FROM project" + (where.isEmpty() ? " WHERE " : where + " AND ") + "code > :after"
                    + " ORDER BY code LIMIT " + limit;
        }

        public String count() {
            return "SELECT count(*) FROM project" + where;
        }
    }

    /** The same filter, restricted to projects led by {@code institutionId}. */
    public ProjectFilter withLeadInstitution(UUID institutionId) {
        return new ProjectFilter(
                status, technologyArea, institutionId, fiscalYear, programId, callId, text, partnerUnitId);
    }

    public Sql toSql() {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (status != null) {
            clauses.add("status = :status");
            params.put("status", status.name());
        }
        if (technologyArea != null) {
            clauses.add("technology_area = :area");
            params.put("area", technologyArea.name());
        }
        if (leadInstitutionId != null) {
            clauses.add("lead_institution_id = :lead");
            params.put("lead", leadInstitutionId);
        }
        if (fiscalYear != null) {
            clauses.add("fiscal_year = :year");
            params.put("year", fiscalYear);
        }
        if (programId != null) {
            clauses.add("program_id = :program");
            params.put("program", programId);
        }
        if (callId != null) {
            clauses.add("call_id = :call");
            params.put("call", callId);
        }
        if (partnerUnitId != null) {
            // projects naming the partner unit (a NIST laboratory): from the index on project_partner_unit (unit_id)
            clauses.add("id IN (SELECT project_id FROM project_partner_unit WHERE unit_id = :unit)");
            params.put("unit", partnerUnitId);
        }
        if (text != null && !text.isBlank()) {
            clauses.add("search_text LIKE :text ESCAPE '\\'");
            params.put("text", "%" + escapeLike(text.strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        return new Sql(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package kr.go.msit.standards.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project {@link ProjectsStub} was told of: its code, whether it is one of the program's (1.25 bn KRW, to 2027)
 * or spans the program (37.5 bn, to 2030), and its period; with its answer as projects-service writes it.
 */
record StubProject(String code, boolean program, LocalDate periodStart, LocalDate periodEnd) {

    StubProject(String code, boolean program) {
        this(code, program, LocalDate.of(2025, 1, 1), LocalDate.of(program ? 2027 : 2030, 12, 31));
    }

    /** {@code GET /projects/{id}}'s answer in {@code status}, entered at {@code since}, after {@code history}. */
    String json(String id, String status, List<String[]> history, Instant since) {
        StringBuilder changes = new StringBuilder();
        for (String[] change : history) {
            changes.append(changes.length() == 0 ? "" : ",")
                    .append("{\"status\":\"")
                    .append(change[0])
                    .append("\",\"since\":\"")
                    .append(change[1])
                    .append("\"}");
        }
        return "{\"id\":\"" + id + "\",\"code\":\"" + code + "\",\"status\":\"" + status
                + "\",\"statusHistory\":[" + changes + "]"
                + ",\"programId\":\"" + ProjectsStub.PROGRAM_2025 + "\",\"technologyArea\":\"QUANTUM\""
                + ",\"leadInstitutionId\":\"1b57c000-0000-4000-8000-000000000001\",\"titleKo\":\"과제\""
                + ",\"jointInstitutionIds\":[\"1b57c000-0000-4000-8000-000000000003\"]"
                + ",\"periodStart\":\"" + periodStart + "\",\"periodEnd\":\"" + periodEnd
                + "\",\"awardedTotalKrw\":" + (program ? ProjectsStub.PROJECT_AWARD_KRW : 37_500_000_000L)
                + ",\"statusChangedAt\":\"" + (since == null ? "2025-01-01T00:00:00Z" : since.toString()) + "\"}";
    }
}

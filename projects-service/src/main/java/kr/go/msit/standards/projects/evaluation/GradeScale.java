package kr.go.msit.standards.projects.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A program's grade scale: grades with the lowest average score that reaches each, highest first. */
public record GradeScale(List<Step> steps) {

    /** One grade and the lowest average that reaches it. */
    public record Step(String grade, int minScore) {}

    /** The grade {@code average} reaches; the lowest grade when it reaches none. */
    public String gradeOf(BigDecimal average) {
        return steps.stream()
                .filter(s -> average.compareTo(BigDecimal.valueOf(s.minScore())) >= 0)
                .findFirst()
                .orElse(steps.get(steps.size() - 1))
                .grade();
    }

    /**
     * Gives a new program the default scale, the 2025 program's (S from 90, A from 80, B from 70, C from 60, D below):
     * without a scale its projects' evaluations could not be decided.
     */
    public static void giveDefault(UUID programId) {
        Evaluation.getEntityManager()
                .createNativeQuery("""
                        INSERT INTO program_grade (program_id, position, grade, min_score)
                        VALUES (:program, 0, 'S', 90), (:program, 1, 'A', 80), (:program, 2, 'B', 70),
                               (:program, 3, 'C', 60), (:program, 4, 'D', 0)""")
                .setParameter("program", programId)
                .executeUpdate();
    }

    /** The program's scale, read from program_grade. */
    static GradeScale of(UUID programId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Evaluation.getEntityManager()
                .createNativeQuery("SELECT grade, min_score FROM program_grade WHERE program_id = :program"
                        + " ORDER BY min_score DESC")
                .setParameter("program", programId)
                .getResultList();
        if (rows.isEmpty()) {
            throw kr.go.msit.standards.platform.problem.ProblemException.businessRule(
                    "no-grade-scale", "The project's program has no grade scale");
        }
        return new GradeScale(rows.stream()
                .map(r -> new Step((String) r[0], ((Number) r[1]).intValue()))
                .toList());
    }
}

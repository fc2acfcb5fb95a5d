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

package kr.go.msit.standards.projects.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.go.msit.standards.platform.security.Caller;

/** The program's projects counted by state and technology area, with KRW awarded (the dashboard's projects part). */
@ApplicationScoped
public class ProjectSummaryService {

    private final EntityManager em;
    private final Caller caller;

    public ProjectSummaryService(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    /** Counts by state and technology area, within the caller's scope (an institution counts its own projects). */
    @Transactional
    public ProjectSummaryView summary(UUID programId) {
        Optional<UUID> scope = caller.scope();
        String where =
                " WHERE (:program IS NULL OR p.programId = :program) AND (:lead IS NULL OR p.leadInstitutionId = :lead)";
        java.util.Map<ProjectStatus, long[]> byStatus = new java.util.EnumMap<>(ProjectStatus.class);
        java.util.Map<TechnologyArea, long[]> byArea = new java.util.EnumMap<>(TechnologyArea.class);
        for (ProjectStatus status : ProjectStatus.values()) {
            byStatus.put(status, new long[2]);
        }
        for (TechnologyArea area : TechnologyArea.values()) {
            byArea.put(area, new long[2]);
        }
        List<Object[]> rows = em.createQuery(
                        "SELECT p.status, p.technologyArea, COUNT(p), COALESCE(SUM(p.awardedTotalKrw), 0)"
                                + " FROM Project p" + where + " GROUP BY p.status, p.technologyArea",
                        Object[].class)
                .setParameter("program", programId)
                .setParameter("lead", scope.orElse(null))
                .getResultList();
        long projects = 0;
        long awarded = 0;
        for (Object[] row : rows) {
            long count = ((Number) row[2]).longValue();
            long krw = ((Number) row[3]).longValue();
            long[] status = byStatus.get((ProjectStatus) row[0]);
            status[0] += count;
            status[1] += krw;
            long[] area = byArea.get((TechnologyArea) row[1]);
            area[0] += count;
            area[1] += krw;
            projects += count;
            awarded += krw;
        }
        return new ProjectSummaryView(
                programId,
                projects,
                awarded,
                byStatus.entrySet().stream()
                        .map(e -> new ProjectSummaryView.ByStatus(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList(),
                byArea.entrySet().stream()
                        .map(e -> new ProjectSummaryView.ByArea(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList());
    }
}

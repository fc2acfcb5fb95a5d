package kr.go.msit.standards.gateway.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The lead institution (주관기관) and program of projects whose dossier was built before, learned only from
 * projects-service's answers. Both are fixed when the project is created, so a dossier can ask for the lead's
 * agreements and eligibility (and the program's partner agencies that eligibility is asked for) together with the
 * project instead of after it; the project's answer is still checked against what was remembered, and wins. Holds the
 * most recently used {@link #CAPACITY} projects.
 */
@ApplicationScoped
public class KnownLeads {

    /** Far more projects than the program has (8 a year), small in memory (two UUID strings each). */
    static final int CAPACITY = 10_000;

    /** A project's lead institution and program, as projects-service last answered them. */
    public record Known(String leadInstitutionId, String programId) {}

    private final Map<UUID, Known> leads = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Known> eldest) {
            return size() > CAPACITY;
        }
    };

    public synchronized Optional<Known> of(UUID projectId) {
        return Optional.ofNullable(leads.get(projectId));
    }

    public synchronized void remember(UUID projectId, Known known) {
        leads.put(projectId, known);
    }

    synchronized int size() {
        return leads.size();
    }
}

package kr.go.msit.standards.gateway.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The lead institution (주관기관) of projects whose dossier was built before, learned only from projects-service's
 * answers. A project's lead is fixed when the project is created, so a dossier can ask for the lead's agreements and
 * eligibility together with the project instead of after it; the project's answer is still checked against what was
 * remembered, and wins. Holds the most recently used {@link #CAPACITY} projects.
 */
@ApplicationScoped
public class KnownLeads {

    /** Far more projects than the program has (8 a year), small in memory (two UUID strings each). */
    static final int CAPACITY = 10_000;

    private final Map<UUID, String> leads = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, String> eldest) {
            return size() > CAPACITY;
        }
    };

    public synchronized Optional<String> of(UUID projectId) {
        return Optional.ofNullable(leads.get(projectId));
    }

    public synchronized void remember(UUID projectId, String leadInstitutionId) {
        leads.put(projectId, leadInstitutionId);
    }

    synchronized int size() {
        return leads.size();
    }
}

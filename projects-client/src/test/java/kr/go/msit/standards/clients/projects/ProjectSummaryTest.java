package kr.go.msit.standards.clients.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectSummaryTest {

    static final Instant SELECTED = Instant.parse("2025-06-01T00:00:00Z");
    static final Instant SUSPENDED = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant RESUMED = Instant.parse("2026-04-01T00:00:00Z");

    static ProjectSummary project(String status, Instant since, List<ProjectSummary.StatusChange> history) {
        return new ProjectSummary(null, "P", null, status, null, null, null, null, null, since, history, null);
    }

    @Test
    void theStateAtAnInstantComesFromTheHistoryWhateverTheStateNow() {
        ProjectSummary p = project(
                "ACTIVE",
                RESUMED,
                List.of(
                        new ProjectSummary.StatusChange("SUSPENDED", SUSPENDED),
                        new ProjectSummary.StatusChange("ACTIVE", SELECTED),
                        new ProjectSummary.StatusChange("ACTIVE", RESUMED)));
        assertNull(p.statusAt(SELECTED.minusSeconds(1)), "before its first state the history says nothing");
        assertEquals("ACTIVE", p.statusAt(SELECTED), "a change at the same instant counts as before it");
        assertEquals("SUSPENDED", p.statusAt(SUSPENDED.plusSeconds(60)));
        assertEquals("ACTIVE", p.statusAt(RESUMED.plusSeconds(60)));
    }

    @Test
    void withoutAHistoryOnlyTheCurrentStateSinceItWasEnteredIsKnown() {
        for (List<ProjectSummary.StatusChange> none :
                java.util.Arrays.asList(null, List.<ProjectSummary.StatusChange>of())) {
            ProjectSummary p = project("SUSPENDED", SUSPENDED, none);
            assertNull(p.statusAt(SUSPENDED.minusSeconds(1)));
            assertEquals("SUSPENDED", p.statusAt(SUSPENDED));
            assertEquals("SUSPENDED", p.statusAt(SUSPENDED.plusSeconds(1)));
            assertNull(project("SUSPENDED", null, none).statusAt(SUSPENDED), "nor when it does not say since when");
        }
    }
}

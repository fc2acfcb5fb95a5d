package kr.go.msit.standards.gateway.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KnownLeadsTest {

    @Test
    void holdsAtMostItsCapacityAndForgetsTheLeastRecentlyUsed() {
        KnownLeads leads = new KnownLeads();
        UUID first = new UUID(0, 0);
        leads.remember(first, new KnownLeads.Known("lead-0", "program"));
        for (int i = 1; i <= KnownLeads.CAPACITY; i++) {
            if (i == KnownLeads.CAPACITY / 2) {
                assertEquals(
                        "lead-0",
                        leads.of(first).orElseThrow().leadInstitutionId()); // used again: now among the most recent
            }
            leads.remember(new UUID(0, i), new KnownLeads.Known("lead-" + i, "program"));
        }
        assertEquals(KnownLeads.CAPACITY, leads.size());
        assertEquals("lead-0", leads.of(first).orElseThrow().leadInstitutionId());
        assertTrue(leads.of(new UUID(0, 1)).isEmpty(), "the least recently used project is forgotten");
        assertEquals(
                "lead-" + KnownLeads.CAPACITY,
                leads.of(new UUID(0, KnownLeads.CAPACITY)).orElseThrow().leadInstitutionId());
    }

    @Test
    void theLatestAnswerReplacesWhatWasRemembered() {
        KnownLeads leads = new KnownLeads();
        UUID project = UUID.randomUUID();
        leads.remember(project, new KnownLeads.Known("a", "p"));
        leads.remember(project, new KnownLeads.Known("b", "p"));
        assertEquals(Optional.of(new KnownLeads.Known("b", "p")), leads.of(project));
    }
}

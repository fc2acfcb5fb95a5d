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
        leads.remember(first, "lead-0");
        for (int i = 1; i <= KnownLeads.CAPACITY; i++) {
            if (i == KnownLeads.CAPACITY / 2) {
                assertEquals(Optional.of("lead-0"), leads.of(first)); // used again: now among the most recent
            }
            leads.remember(new UUID(0, i), "lead-" + i);
        }
        assertEquals(KnownLeads.CAPACITY, leads.size());
        assertEquals(Optional.of("lead-0"), leads.of(first));
        assertTrue(leads.of(new UUID(0, 1)).isEmpty(), "the least recently used project is forgotten");
        assertEquals(Optional.of("lead-" + KnownLeads.CAPACITY), leads.of(new UUID(0, KnownLeads.CAPACITY)));
    }

    @Test
    void theLatestAnswerReplacesWhatWasRemembered() {
        KnownLeads leads = new KnownLeads();
        UUID project = UUID.randomUUID();
        leads.remember(project, "a");
        leads.remember(project, "b");
        assertEquals(Optional.of("b"), leads.of(project));
    }
}

package kr.go.msit.standards.platform.persistence.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Event types, feed positions, and what a reader may see of an event's data. */
class EventKindTest {

    private static final UUID OWN = UUID.randomUUID();
    private static final EventKind PROJECT = new EventKind(
            "project",
            Object.class,
            Set.of("suspend"),
            Set.of("program-manager", "institution", "viewer", "auditor"),
            "/leadInstitutionId",
            List.of("/partnerSide/counterparts/*/email", "/contactEmail"),
            Set.of("program-manager", "auditor"),
            true,
            "",
            Set.of());

    private static JsonNode data() throws Exception {
        return new ObjectMapper().readTree("""
                {"leadInstitutionId": "%s", "contactEmail": "a@b.kr",
                 "partnerSide": {"counterparts": [{"name": "Jane", "email": "jane@nist.gov"},
                                                  {"name": "John", "email": "john@nist.gov"}]}}""".formatted(OWN));
    }

    @Test
    void typesAreTheResourceAndWhatHappenedInThePastTense() {
        assertEquals("kr.go.msit.kus.project.suspended", EventTypes.of("project", "suspend"));
        assertEquals("kr.go.msit.kus.disbursement.paid", EventTypes.of("disbursement", "pay"));
        assertEquals("kr.go.msit.kus.application.submitted", EventTypes.of("application", "submit"));
        assertEquals("kr.go.msit.kus.allocation.budget-lines-updated", EventTypes.of("allocation", "set-lines"));
        assertEquals("kr.go.msit.kus.dispatch.cancelled", EventTypes.of("dispatch", "cancel"));
        assertEquals("kr.go.msit.kus.application.withdrawn", EventTypes.of("application", "withdraw"));
        assertEquals("kr.go.msit.kus.program.created", EventTypes.of("program", "create"));
        assertEquals("kr.go.msit.kus.budget.appropriated", EventTypes.of("budget", "appropriate"));
        assertEquals("kr.go.msit.kus.project.imported", EventTypes.of("project", "import"));
    }

    @Test
    void personalFieldsAreNullForReadersWhoMayNotSeeThem() throws Exception {
        JsonNode viewer = PROJECT.visibleTo(new EventReader(Set.of("viewer"), null), data(), OWN);
        assertTrue(viewer.at("/partnerSide/counterparts/0/email").isNull());
        assertTrue(viewer.at("/partnerSide/counterparts/1/email").isNull());
        assertEquals("Jane", viewer.at("/partnerSide/counterparts/0/name").asText());
        assertTrue(viewer.at("/contactEmail").isNull());
        JsonNode manager = PROJECT.visibleTo(new EventReader(Set.of("program-manager"), null), data(), OWN);
        assertEquals(
                "jane@nist.gov", manager.at("/partnerSide/counterparts/0/email").asText());
    }

    @Test
    void theRecordsOwnInstitutionSeesItsPersonalFieldsAndNoOtherInstitutionDoes() throws Exception {
        EventReader own = EventReader.owner(Set.of("institution"), OWN);
        EventReader other = EventReader.owner(Set.of("institution"), UUID.randomUUID());
        assertEquals(
                "a@b.kr",
                PROJECT.visibleTo(own, data(), OWN).at("/contactEmail").asText());
        assertTrue(PROJECT.visibleTo(other, data(), OWN).at("/contactEmail").isNull());
        assertEquals(Optional.of(OWN), PROJECT.institutionOf(data(), null, Optional.empty()));
    }

    @Test
    void aConfinedOwnerWithoutAnInstitutionIsConfinedToNone() {
        assertEquals(new UUID(0, 0), PROJECT.confinementOf(EventReader.owner(Set.of("institution"), null)));
        assertEquals(null, PROJECT.confinementOf(EventReader.owner(Set.of("institution", "auditor"), OWN)));
    }

    /**
     * Only the roles that read a kind decide which institutions' events of it a reader reads: a finance officer reads
     * no project events, so institution + finance-officer reads its own institution's, as an institution does (it read
     * every institution's, a power neither role has); the personal fields likewise.
     */
    @Test
    void aSecondRoleLiftsTheLimitOnlyWhereItReads() throws Exception {
        EventReader pair = EventReader.owner(Set.of("institution", "finance-officer"), OWN);
        assertTrue(PROJECT.readableBy(pair));
        assertEquals(OWN, PROJECT.confinementOf(pair));
        EventReader other = EventReader.owner(Set.of("institution", "finance-officer"), UUID.randomUUID());
        assertTrue(PROJECT.visibleTo(other, data(), OWN).at("/contactEmail").isNull());
        EventKind personalToFinance = new EventKind(
                "project",
                Object.class,
                Set.of("suspend"),
                Set.of("program-manager", "institution"),
                "/leadInstitutionId",
                List.of("/contactEmail"),
                Set.of("finance-officer"),
                false,
                "",
                Set.of());
        assertTrue(personalToFinance
                .visibleTo(pair, data(), OWN)
                .at("/contactEmail")
                .isNull());
    }

    /** A call's events are public once it was announced: while its announcedOn is null or missing they are drafts. */
    @Test
    void aRecordIsPublicOnceItsFieldIsSet() throws Exception {
        EventKind call = new EventKind(
                "call",
                Object.class,
                Set.of("create", "cancel"),
                Set.of("program-manager", "viewer"),
                "",
                List.of(),
                Set.of(),
                false,
                "announcedOn",
                Set.of("program-manager"));
        ObjectMapper mapper = new ObjectMapper();
        assertTrue(call.isDraft(mapper.readTree("{\"status\": \"DRAFT\", \"announcedOn\": null}")));
        assertTrue(call.isDraft(mapper.readTree("{\"status\": \"CANCELLED\"}")), "an event from before the field");
        assertFalse(call.isDraft(mapper.readTree("{\"status\": \"CANCELLED\", \"announcedOn\": \"2026-02-02\"}")));
        assertTrue(call.hidesDraftsFrom(new EventReader(Set.of("viewer"), null)));
        assertFalse(call.hidesDraftsFrom(new EventReader(Set.of("program-manager"), null)));
        assertFalse(PROJECT.isDraft(mapper.readTree("{}")), "a kind without the rule has no drafts");
        assertFalse(PROJECT.hidesDraftsFrom(new EventReader(Set.of("viewer"), null)));
    }

    @Test
    void feedPositionsParseOnlyTheirOwnForm() {
        assertEquals(new FeedPosition(12, 3), FeedPosition.parse("12.3"));
        assertEquals(FeedPosition.START, FeedPosition.parse(null));
        assertEquals("12.3", new FeedPosition(12, 3).toString());
        assertTrue(new FeedPosition(12, 3).compareTo(new FeedPosition(11, 99)) > 0);
        for (String bad : List.of("12", "a.b", "-1.2", "99999999999999999999.1", "1.2.3")) {
            assertThrows(ProblemException.class, () -> FeedPosition.parse(bad), bad);
        }
    }
}

package kr.go.msit.standards.projects.call;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A call for proposals as the API shows it. */
@Schema(name = "Call")
public record CallView(
        UUID id, String code, UUID programId, int fiscalYear, String titleKo, String titleEn, long budgetCeilingKrw,
        long perProjectCapKrw, int durationMonths, List<Instrument> qualifyingInstruments,
        SelectionMode selectionMode, LocalDate opensOn, LocalDate closesOn, CallStatus status, long version,
        Instant createdAt, Instant updatedAt) {

    static CallView of(CallForProposals c) {
        return new CallView(c.id, c.code, c.programId, c.fiscalYear, c.titleKo, c.titleEn, c.budgetCeilingKrw,
                c.perProjectCapKrw, c.durationMonths, c.qualifyingInstruments.stream().sorted().toList(),
                c.selectionMode, c.opensOn, c.closesOn, c.status(), c.version, c.createdAt, c.updatedAt);
    }
}

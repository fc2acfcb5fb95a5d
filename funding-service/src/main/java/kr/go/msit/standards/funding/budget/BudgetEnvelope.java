package kr.go.msit.standards.funding.budget;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.ProgramSummary;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;

/** A program's total budget envelope over its fiscal years. */
@Entity
@Table(name = "budget_envelope")
public class BudgetEnvelope extends VersionedEntity {

    @Id
    public UUID id;

    public UUID programId;
    public String programCode;
    public int firstYear;
    public int lastYear;
    public long envelopeKrw;

    /** Appropriation per fiscal year; their sum never exceeds the envelope. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "appropriation", joinColumns = @JoinColumn(name = "envelope_id"))
    @MapKeyColumn(name = "fiscal_year")
    @Column(name = "amount_krw")
    public Map<Integer, Long> appropriations = new TreeMap<>();

    /**
     * Takes the program's envelope and years as projects-service, which owns the program, answers them now: this row
     * is funding's copy, and a copy taken once drifted (the program cut to 13 bn KRW and 2028, 35 bn still
     * appropriated up to 2029). Followed under this row's lock when money is appropriated (an award checks the
     * program's envelope as answered, without writing here).
     */
    public void follow(ProgramSummary program) {
        programCode = program.code();
        firstYear = program.startYear();
        lastYear = program.endYear();
        envelopeKrw = program.envelopeKrw();
    }

    public boolean covers(int fiscalYear) {
        return fiscalYear >= firstYear && fiscalYear <= lastYear;
    }

    public long appropriatedKrw() {
        return appropriations.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The budget with this id, or 404. */
    public static BudgetEnvelope found(UUID id) {
        return Lookups.found(BudgetEnvelope.findById(id), "budget", id);
    }

    /** The budget, locked for a change, with this id, or 404. */
    public static BudgetEnvelope locked(UUID id) {
        return Lookups.locked(BudgetEnvelope.class, id, "budget");
    }
}

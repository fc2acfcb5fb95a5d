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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
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

    /**
     * The fiscal years a budget and its report list, in order: the program's, and any other year still appropriated
     * (after the program was shortened), so that every appropriated KRW, and the lines and payments under it, is in a
     * listed year, and such a year's appropriation can be lowered (down to the lines planned in it).
     */
    public List<Integer> listedYears() {
        int first = firstYear;
        int last = lastYear;
        for (Map.Entry<Integer, Long> appropriation : appropriations.entrySet()) {
            // a year lowered to 0 is appropriated no more
            if (appropriation.getValue() > 0) {
                first = Math.min(first, appropriation.getKey());
                last = Math.max(last, appropriation.getKey());
            }
        }
        return IntStream.rangeClosed(first, last).boxed().toList();
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

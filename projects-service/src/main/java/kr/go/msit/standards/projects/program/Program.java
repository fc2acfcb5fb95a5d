package kr.go.msit.standards.projects.program;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;
import kr.go.msit.standards.projects.call.CallForProposals;
import kr.go.msit.standards.projects.project.Project;

/** A funding program (사업): owner ministry, partner agencies, a period of fiscal years and a total envelope. */
@Entity
@Table(name = "program")
public class Program extends VersionedEntity {

    @Id
    public UUID id;

    public String code;
    public String nameKo;
    public String nameEn;
    public String ministryKo;
    public String ministryEn;
    public String divisionKo;
    public String divisionEn;
    public int startYear;
    public int endYear;
    public long envelopeKrw;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_partner_agency", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "agency_code")
    public Set<String> partnerAgencies = new LinkedHashSet<>();

    /** True when the fiscal year falls within the program's period. */
    public boolean covers(int fiscalYear) {
        return fiscalYear >= startYear && fiscalYear <= endYear;
    }

    /** The program with this id, or 404. */
    public static Program found(UUID id) {
        return Lookups.found(Program.findById(id), "program", id);
    }

    /** The program a path names, locked (its envelope is checked against its calls under the lock), or 404. */
    public static Program locked(UUID id) {
        return Lookups.locked(Program.class, id, "program");
    }

    /** The program a request refers to, locked (its ceiling is checked under the lock), or 422 {@code unknown-program}
     * (404 is for the record a path names). */
    public static Program lockedReference(UUID id) {
        return Lookups.lockedReference(Program.class, id, "unknown-program", "No program " + id);
    }

    /**
     * What the program has committed of its envelope: the ceilings of its calls that still commit money (not
     * cancelled), and the awards of its projects of no call (imported).
     */
    public static long committedKrw(UUID programId) {
        return CallForProposals.committedCeilingKrw(programId) + Project.awardedOutsideCalls(programId);
    }
}

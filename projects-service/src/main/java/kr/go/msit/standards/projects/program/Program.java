package kr.go.msit.standards.projects.program;

import kr.go.msit.standards.platform.persistence.VersionedEntity;
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

/** A funding program (사업): owner ministry, partner agencies, a period of fiscal years and a total envelope. */
@Entity
@Table(name = "program")
public class Program extends VersionedEntity {

    @Id
    public UUID id;
    public String code;
    @Column(name = "name_ko")
    public String nameKo;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "ministry_ko")
    public String ministryKo;
    @Column(name = "ministry_en")
    public String ministryEn;
    @Column(name = "division_ko")
    public String divisionKo;
    @Column(name = "division_en")
    public String divisionEn;
    @Column(name = "start_year")
    public int startYear;
    @Column(name = "end_year")
    public int endYear;
    @Column(name = "envelope_krw")
    public long envelopeKrw;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_partner_agency", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "agency_code")
    public Set<String> partnerAgencies = new LinkedHashSet<>();


    /** True when the fiscal year falls within the program's period. */
    public boolean covers(int fiscalYear) {
        return fiscalYear >= startYear && fiscalYear <= endYear;
    }
}

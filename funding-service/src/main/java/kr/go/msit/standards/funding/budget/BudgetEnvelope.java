package kr.go.msit.standards.funding.budget;

import kr.go.msit.standards.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A program's total budget envelope over its fiscal years. */
@Entity
@Table(name = "budget_envelope")
public class BudgetEnvelope extends VersionedEntity {

    @Id
    public UUID id;
    @Column(name = "program_id")
    public UUID programId;
    @Column(name = "program_code")
    public String programCode;
    @Column(name = "first_year")
    public int firstYear;
    @Column(name = "last_year")
    public int lastYear;
    @Column(name = "envelope_krw")
    public long envelopeKrw;
}

package kr.go.msit.standards.funding.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A program's total budget envelope over its fiscal years. */
@Entity
@Table(name = "budget_envelope")
public class BudgetEnvelope extends PanacheEntityBase {

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
    @Version
    public long version;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;
}

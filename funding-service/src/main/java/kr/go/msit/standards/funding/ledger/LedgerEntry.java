package kr.go.msit.standards.funding.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/**
 * One money movement. Never changed: nothing in this service updates an entry, and the database refuses UPDATE and
 * DELETE on the table; corrections are new entries.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type")
    public EntryType type;

    public UUID allocationId;
    public UUID lineId;
    public UUID disbursementId;
    public long amountKrw;
    public String actor;
    public String requestId;
    public String memo;

    @Generated
    @Column(name = "occurred_at", insertable = false, updatable = false)
    public Instant occurredAt;
}

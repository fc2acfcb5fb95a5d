package kr.go.msit.standards.platform.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.LockModeType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * Columns every record of every service carries: {@code version} (optimistic locking, and the record's ETag),
 * {@code created_at} and {@code updated_at}.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    /**
     * Moves the version now, under the row lock, rather than at commit: for a change to what the record owns in
     * rows of their own (an agency's sites and units, a workshop's participants, an evaluation's evaluators, an
     * application's reviews, a body's stages, an allocation's lines). Such a change does not raise the version by
     * itself, yet it changes the record's representation, and the answer's ETag must name the version written.
     */
    public void newVersion() {
        Panache.getEntityManager(getClass()).lock(this, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }
}

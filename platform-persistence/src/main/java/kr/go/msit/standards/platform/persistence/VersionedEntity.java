package kr.go.msit.standards.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
}

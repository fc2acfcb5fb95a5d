package kr.go.msit.standards.projects.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/** One reviewer's score (0–100) of an application under review. */
@Entity
@Table(name = "application_review")
public class Review extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    public Application application;

    public String reviewer;
    public int score;
    public String comment;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
}

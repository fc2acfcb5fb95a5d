package kr.go.msit.standards.projects.project;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A state a project entered, and when. */
@Embeddable
public class StatusChange {

    @Enumerated(EnumType.STRING)
    public ProjectStatus status;

    public Instant changedAt;

    public StatusChange() {}

    StatusChange(ProjectStatus status, Instant changedAt) {
        this.status = status;
        this.changedAt = changedAt;
    }
}

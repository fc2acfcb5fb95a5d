package kr.go.msit.standards.projects.contribution;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/** A stage a contribution reached, on the date it reached it; the first is its submission. Never changed. */
@Embeddable
public class StageEvent {

    public String stageCode;
    public LocalDate stageDate;
    public String note;
    public String recordedBy;
    public Instant recordedAt;

    public StageEvent() {}

    StageEvent(String stageCode, LocalDate stageDate, String note, String recordedBy, Instant recordedAt) {
        this.stageCode = stageCode;
        this.stageDate = stageDate;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}

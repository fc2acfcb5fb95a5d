package kr.go.msit.standards.partnership.workshop;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;

/** One item of a workshop's agenda. */
@Embeddable
public class AgendaItem {

    public LocalDate day;
    public LocalTime startsAt;
    public String title;
    public String speaker;

    public AgendaItem() {}

    public AgendaItem(LocalDate day, LocalTime startsAt, String title, String speaker) {
        this.day = day;
        this.startsAt = startsAt;
        this.title = title;
        this.speaker = speaker;
    }
}

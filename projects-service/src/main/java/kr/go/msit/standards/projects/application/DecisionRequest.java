package kr.go.msit.standards.projects.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import kr.go.msit.standards.projects.support.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Optional details of a transition. For {@code select}: the awarded total (defaults to the requested total, may not
 * exceed it) and the start of the period of performance (defaults to the first day of next month).
 */
@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @Size(max = 1000) String reason,
        @Positive @Max(Limits.MAX_KRW) Long awardedTotalKrw,
        LocalDate periodStart) {

    public static final DecisionRequest EMPTY = new DecisionRequest(null, null, null);
}

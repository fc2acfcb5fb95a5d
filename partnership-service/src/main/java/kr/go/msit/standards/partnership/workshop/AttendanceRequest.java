package kr.go.msit.standards.partnership.workshop;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a participant attended. */
@Schema(name = "WorkshopAttendanceRequest")
public record AttendanceRequest(@NotNull Boolean attended) {}

package kr.go.msit.standards.partnership.workshop;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A workshop to plan, or its new details while planned (the agenda and co-hosts are replaced whole). */
@Schema(name = "WorkshopRequest")
public record WorkshopRequest(
        @NotBlank @Size(max = 300) @Schema(example = "2026 한미 측정표준 공동 연찬회")
        String titleKo,

        @NotBlank @Size(max = 300) @Schema(example = "2026 Korea–US joint workshop on measurement standards")
        String titleEn,

        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,

        @NotBlank @Size(max = 300) @Schema(example = "NIST Gaithersburg, MD")
        String place,

        @NotEmpty @Size(max = 10) @Schema(example = "[\"MSIT\", \"NIST\"]")
        List<@NotBlank @Size(max = 200) String> coHosts,

        @Size(max = 100) List<@NotNull @Valid AgendaItemRequest> agenda) {

    /** One agenda item; its day falls within the workshop. */
    @Schema(name = "WorkshopAgendaItem")
    public record AgendaItemRequest(
            @NotNull LocalDate day,

            @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    pattern = kr.go.msit.standards.platform.web.StrictJson.TIME_PATTERN,
                    example = "09:30",
                    description = "When the item starts, local time at the workshop: HH:MM or HH:MM:SS")
            LocalTime startsAt,

            @NotBlank @Size(max = 300) String title,
            @Size(max = 200) String speaker) {}
}

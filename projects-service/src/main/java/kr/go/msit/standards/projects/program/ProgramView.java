package kr.go.msit.standards.projects.program;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program as the API shows it. */
@Schema(name = "Program")
public record ProgramView(
        UUID id,
        String code,
        String nameKo,
        String nameEn,

        @Schema(description = "Owner ministry in Korean, e.g. 과학기술정보통신부")
        String ministryKo,

        @Schema(description = "Owner ministry in English, e.g. Ministry of Science and ICT")
        String ministryEn,

        @Schema(nullable = true, description = "Owning division in Korean, e.g. 미주아시아협력담당관; null when not given")
        String divisionKo,

        @Schema(
                nullable = true,
                description =
                        "Owning division in English, e.g. Americas & Asia Cooperation Division; null when not given")
        String divisionEn,

        @Schema(description = "Codes of the partner agencies, e.g. NIST, sorted")
        List<String> partnerAgencies,

        @Schema(description = "First fiscal year of the program")
        int startYear,

        @Schema(description = "Last fiscal year of the program")
        int endYear,

        @Schema(description = "Total budget of the program from startYear to endYear, in KRW")
        long envelopeKrw,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    static ProgramView of(Program p) {
        return new ProgramView(
                p.id,
                p.code,
                p.nameKo,
                p.nameEn,
                p.ministryKo,
                p.ministryEn,
                p.divisionKo,
                p.divisionEn,
                p.partnerAgencies.stream().sorted().toList(),
                p.startYear,
                p.endYear,
                p.envelopeKrw,
                p.version,
                p.createdAt,
                p.updatedAt);
    }
}

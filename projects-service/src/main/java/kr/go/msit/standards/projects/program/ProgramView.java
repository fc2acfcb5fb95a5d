package kr.go.msit.standards.projects.program;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program as the API shows it. */
@Schema(name = "Program")
public record ProgramView(
        UUID id, String code, String nameKo, String nameEn, String ministryKo, String ministryEn, String divisionKo,
        String divisionEn, List<String> partnerAgencies, int startYear, int endYear, long envelopeKrw, long version,
        Instant createdAt, Instant updatedAt) {

    static ProgramView of(Program p) {
        return new ProgramView(p.id, p.code, p.nameKo, p.nameEn, p.ministryKo, p.ministryEn, p.divisionKo,
                p.divisionEn, p.partnerAgencies.stream().sorted().toList(), p.startYear, p.endYear, p.envelopeKrw,
                p.version, p.createdAt, p.updatedAt);
    }
}

package kr.go.msit.standards.partnership.institution;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An institution as the API shows it. */
@Schema(name = "Institution")
public record InstitutionView(
        UUID id, String code, String nameKo, String nameEn, long version, Instant createdAt, Instant updatedAt) {

    static InstitutionView of(Institution i) {
        return new InstitutionView(i.id, i.code, i.nameKo, i.nameEn, i.version, i.createdAt, i.updatedAt);
    }
}

package kr.go.msit.standards.projects.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A joint publication as the API shows it. */
@Schema(name = "Publication")
public record PublicationView(
        UUID id,
        @Schema(description = "The project it comes from") UUID projectId,
        @Schema(description = "PAPER or TECHNICAL_REPORT") PublicationKind kind,
        @Schema(description = "Title") String title,

        @Schema(description = "Journal, conference or series")
        String venue,

        @Schema(description = "When it was published") LocalDate publishedOn,

        @Schema(nullable = true, description = "Its DOI; null when it has none")
        String doi,

        @Schema(description = "The NIST co-authors' names") List<String> nistCoAuthors,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static PublicationView of(Publication p) {
        return new PublicationView(
                p.id,
                p.projectId,
                p.kind,
                p.title,
                p.venue,
                p.publishedOn,
                p.doi,
                List.copyOf(p.nistCoAuthors),
                p.version,
                p.createdAt,
                p.updatedAt);
    }
}

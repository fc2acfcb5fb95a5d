package kr.go.msit.standards.projects.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Record or replace a joint publication. */
@Schema(name = "PublicationRequest")
public record PublicationRequest(
        @NotNull @Schema(description = "The project it comes from")
        UUID projectId,

        @NotNull @Schema(example = "PAPER") PublicationKind kind,

        @NotBlank @Size(max = 500) @Schema(example = "Channel sounding at 7–24 GHz: a joint KRISS–NIST campaign")
        String title,

        @NotBlank
        @Size(max = 300)
        @Schema(
                example = "IEEE Transactions on Antennas and Propagation",
                description = "Journal, conference or series")
        String venue,

        @NotNull @Schema(example = "2026-04-15") LocalDate publishedOn,

        @Size(max = 200)
        @Pattern(regexp = "10\\.\\d{4,9}/\\S+", message = "must be a DOI such as 10.1109/TAP.2026.1234567")
        @Schema(example = "10.1109/TAP.2026.1234567", description = "Unique when given")
        String doi,

        @NotEmpty
        @Size(max = 20)
        @Schema(description = "The NIST co-authors' names (a joint publication has at least one)")
        List<@NotBlank @Size(max = 200) String> nistCoAuthors) {}

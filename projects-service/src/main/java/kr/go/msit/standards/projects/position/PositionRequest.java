package kr.go.msit.standards.projects.position;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Record or replace a leadership position. */
@Schema(name = "LeadershipPositionRequest")
public record PositionRequest(
        @NotNull @Schema(description = "The project whose researcher holds it")
        UUID projectId,

        @NotNull @Schema(description = "The standards body") UUID bodyId,

        @NotBlank @Size(max = 200) @Schema(example = "ITU-R SG 3 WP 3K", description = "The group")
        String groupName,

        @NotNull @Schema(example = "RAPPORTEUR") PositionRole role,

        @NotBlank @Size(max = 100) @Schema(example = "김연구", description = "Who holds it")
        String holderName,

        @NotNull @Schema(example = "2026-03-01", description = "First day")
        LocalDate startDate,

        @Schema(nullable = true, example = "2028-02-29", description = "Last day; null while it lasts")
        LocalDate endDate) {}

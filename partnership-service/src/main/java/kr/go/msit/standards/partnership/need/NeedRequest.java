package kr.go.msit.standards.partnership.need;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.TechnologyArea;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Post a cooperation need, as a DRAFT. */
@Schema(name = "CooperationNeedRequest")
public record NeedRequest(
        @NotNull @Schema(description = "The Korean institution with the need (an institution token: its own)")
        UUID institutionId,

        @NotNull @Schema(example = "QUANTUM") TechnologyArea technologyArea,

        @NotBlank @Size(max = 300) @Schema(example = "광격자 시계 비교 공동연구")
        String topicKo,

        @NotBlank @Size(max = 300) @Schema(example = "Joint comparison of optical lattice clocks")
        String topicEn,

        @Size(max = 4000) String description,
        @NotNull @Schema(example = "JOINT_RESEARCH") CooperationKind kind,

        @Schema(nullable = true, description = "The partner agency it would like to work with, e.g. NIST")
        UUID preferredAgencyId,

        @Schema(nullable = true, description = "The partner unit it would like to work with, e.g. NIST PML")
        UUID preferredUnitId,

        @Schema(nullable = true, example = "2027-03-01") LocalDate wishedFrom,
        @Schema(nullable = true, example = "2027-12-31") LocalDate wishedTo) {}

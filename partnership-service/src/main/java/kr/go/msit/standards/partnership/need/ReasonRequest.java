package kr.go.msit.standards.partnership.need;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step of a need, offer or match that takes a reason (required where the step says so). */
@Schema(name = "CooperationReasonRequest")
public record ReasonRequest(
        @Size(max = 1000) @Schema(example = "연구 일정 변경으로 철회 / withdrawn: research plan changed")
        String reason) {}

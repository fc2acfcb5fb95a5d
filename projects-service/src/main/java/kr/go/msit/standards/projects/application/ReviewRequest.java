package kr.go.msit.standards.projects.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One reviewer's score of an application under review. */
@Schema(name = "ReviewRequest")
public record ReviewRequest(
        @NotBlank @Size(max = 100) String reviewer,
        @NotNull @Min(0) @Max(100) Integer score,
        @Size(max = 2000) String comment) {}

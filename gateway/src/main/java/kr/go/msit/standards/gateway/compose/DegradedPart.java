package kr.go.msit.standards.gateway.compose;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A part of a composed view that could not be fetched, the service it comes from, and why. */
@Schema(name = "DegradedPart")
public record DegradedPart(@Schema(example = "allocation") String part,
        @Schema(example = "funding-service") String dependency,
        @Schema(example = "funding-service cannot be reached") String reason) {
}

package kr.go.msit.standards.gateway.compose;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A part of a composed view that could not be fetched, the service it comes from, and why. */
@Schema(name = "DegradedPart")
public record DegradedPart(
        @Schema(
                example = "allocation",
                description = "The property of the composed view that is null because it could not be fetched")
        String part,

        @Schema(example = "funding-service", description = "The service the part comes from")
        String dependency,

        @Schema(
                example = "funding-service cannot be reached",
                description =
                        "Why it could not be fetched: the service cannot be reached, did not answer in time, or answered an error status (e.g. 403)")
        String reason) {}

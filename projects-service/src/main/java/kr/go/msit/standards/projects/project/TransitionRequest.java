package kr.go.msit.standards.projects.project;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of a project transition; {@code suspend} and {@code terminate} require a reason. */
@Schema(name = "TransitionRequest")
public record TransitionRequest(@Size(max = 1000) String reason) {

    public static final TransitionRequest EMPTY = new TransitionRequest(null);
}

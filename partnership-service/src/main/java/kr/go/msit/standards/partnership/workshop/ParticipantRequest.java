package kr.go.msit.standards.partnership.workshop;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant to register for a workshop. */
@Schema(name = "WorkshopParticipantRequest")
public record ParticipantRequest(
        @NotBlank @Size(max = 100) String name,

        @NotBlank @Email @Schema(format = "email") @Size(max = 254)
        String email,

        @NotBlank @Size(max = 200) @Schema(example = "KRISS")
        String affiliation,

        @NotNull Side side,

        @Schema(
                description = "The participant's institution in this system, when it is one (the Korean side): its "
                        + "users see the participant's e-mail address")
        UUID institutionId) {}

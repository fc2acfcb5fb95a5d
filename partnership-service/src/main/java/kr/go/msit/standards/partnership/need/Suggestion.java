package kr.go.msit.standards.partnership.need;

import java.util.List;
import kr.go.msit.standards.partnership.offer.OfferView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An open offer suggested for a need, with its score and why. */
@Schema(name = "OfferSuggestion")
public record Suggestion(
        @Schema(description = "The offer") OfferView offer,

        @Schema(description = "0 to 100: higher is a better fit")
        int score,

        @Schema(description = "What counted, in the order it weighs")
        List<String> reasons) {}

package kr.go.msit.standards.partnership.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.partnership.agreement.AgreementView;
import kr.go.msit.standards.partnership.agreement.Instrument;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether an institution may lead a project on a date: the agreements that make it so, or the reasons it is not.
 */
@Schema(name = "Eligibility")
public record EligibilityView(
        @Schema(description = "The institution checked") UUID institutionId,

        @Schema(description = "Code of the institution, e.g. KRISS")
        String institutionCode,

        @Schema(description = "The day checked (YYYY-MM-DD); today in Korea when not asked")
        LocalDate date,

        @Schema(
                description =
                        "True when at least one agreement qualifies on the date, so the institution may lead a project (주관기관)")
        boolean eligible,

        @Schema(description = "The instruments that qualify (a call's accepted instruments; all when not given)")
        List<Instrument> acceptedInstruments,

        @Schema(description = "Only agreements with one of these partner agencies count; empty: any agency")
        List<String> agencyCodes,

        @Schema(description = "The agreements in force on the date with an accepted instrument")
        List<AgreementView> qualifyingAgreements,

        @Schema(
                description =
                        "Why the institution is not eligible, one entry per agreement considered (empty when eligible)")
        List<Reason> reasons) {

    /** Why one agreement (or the lack of any) does not qualify. */
    @Schema(name = "EligibilityReason")
    public record Reason(
            @Schema(
                    enumeration = {
                        "NO_AGREEMENT",
                        "DRAFT",
                        "NOT_YET_EFFECTIVE",
                        "EXPIRED",
                        "TERMINATED",
                        "INSTRUMENT_NOT_ACCEPTED",
                        "OTHER_AGENCY"
                    })
            String code,

            @Schema(nullable = true, description = "The agreement that does not qualify; null for NO_AGREEMENT")
            UUID agreementId,

            @Schema(description = "Human-readable explanation in English, e.g. the day the agreement takes effect")
            String detail) {}
}

package kr.go.msit.standards.partnership.eligibility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.partnership.agreement.Instrument;
import kr.go.msit.standards.partnership.support.Limits;
import kr.go.msit.standards.platform.openapi.ProblemRules;
import kr.go.msit.standards.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/eligibility")
@Tag(name = "Eligibility", description = "Whether an institution may lead a project on a date")
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    private final EligibilityService service;

    public EligibilityResource(EligibilityService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @APIResponseSchema(value = EligibilityView.class, responseDescription = "Eligible or not, with why")
    @APIResponse(responseCode = "404", description = "No such institution, or not visible to the caller")
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-agency": "no such partner agency"}}""")
    @Operation(
            operationId = "checkEligibility",
            summary =
                    "May the institution lead a project on the date? With the agreements that make it so, or the reasons it is not")
    public EligibilityView check(
            @Parameter(required = true) @QueryParam("institutionId") @NotNull UUID institutionId,
            @Parameter(description = "YYYY-MM-DD; today (Korean date) when absent") @QueryParam("date") LocalDate date,
            @Parameter(description = "Accepted instruments (repeat the parameter); all when absent")
                    @QueryParam("instrument")
                    List<Instrument> instruments,
            @Parameter(
                            description =
                                    "Only agreements with one of these partner agencies count, e.g. NIST (repeat the "
                                            + "parameter); any agency when absent")
                    @QueryParam("agencyCode")
                    List<@Pattern(regexp = Limits.AGENCY_CODE_PATTERN, message = Limits.AGENCY_CODE_MESSAGE) String>
                            agencyCodes) {
        return service.check(institutionId, date, instruments, agencyCodes);
    }
}

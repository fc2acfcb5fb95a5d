package kr.go.msit.standards.partnership.dispatch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/dispatches/person-days")
@Tag(name = "Dispatches")
@Produces(MediaType.APPLICATION_JSON)
public class PersonDaysResource {

    private final PersonDaysService service;

    public PersonDaysResource(PersonDaysService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(
            operationId = "getDispatchPersonDays",
            summary = "Researcher person-days at partner sites per project and fiscal year: actual days once on site, "
                    + "planned days before; an institution sees its own researchers'")
    public PersonDays days(
            @Parameter(description = "Only these projects (repeat the parameter); all when absent")
                    @QueryParam("projectId")
                    @Size(max = 200)
                    List<UUID> projectIds,
            @Parameter(description = "Only this fiscal year; every year when absent")
                    @QueryParam("fiscalYear")
                    @Min(2000)
                    @Max(2100)
                    Integer fiscalYear) {
        return service.days(projectIds == null ? List.of() : projectIds, fiscalYear);
    }
}

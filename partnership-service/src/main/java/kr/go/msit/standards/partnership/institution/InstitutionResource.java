package kr.go.msit.standards.partnership.institution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/institutions")
@Tag(name = "Institutions", description = "Korean research institutions")
@Produces(MediaType.APPLICATION_JSON)
public class InstitutionResource {

    private final InstitutionService service;

    public InstitutionResource(InstitutionService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.FINANCE_OFFICER, Roles.PARTNERSHIP_OFFICER, Roles.INSTITUTION, Roles.AUDITOR, Roles.VIEWER})
    @Operation(operationId = "listInstitutions", summary = "List institutions")
    public PageView<InstitutionView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.FINANCE_OFFICER, Roles.PARTNERSHIP_OFFICER, Roles.INSTITUTION, Roles.AUDITOR, Roles.VIEWER})
    @Operation(operationId = "getInstitution", summary = "Get an institution (ETag)")
    public Response get(@PathParam("id") UUID id) {
        InstitutionView view = service.get(id);
        return ETags.ok(view, view.version());
    }
}

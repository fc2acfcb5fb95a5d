package kr.go.msit.standards.gateway.compose;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The composed views hold the services' own records, which the gateway passes through as JSON trees. This filter
 * gives their properties the services' schemas (merged into the document at build time), so that a generated
 * client gets {@code Project}, {@code Allocation}, ... rather than an untyped object. Every property is required:
 * it is always present, null when its part is missing or absent.
 *
 * <p>A part is written {@code Name} (an object), {@code Name[]} (an array of them), with {@code ?} when it may be
 * null. The build fails when a named schema is not in the document (a service renamed it).
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 20)
public class ComposedSchemas implements OASFilter {

    static final Map<String, Map<String, String>> VIEWS = Map.of(
            "ProjectDossier",
                    parts(
                            "project",
                            "Project",
                            "reports",
                            "Report[]?",
                            "allocation",
                            "Allocation?",
                            "disbursements",
                            "ProjectFundingReport?",
                            "agreements",
                            "Agreement[]?",
                            "eligibility",
                            "Eligibility?",
                            "dispatches",
                            "Dispatch[]?",
                            "outcomes",
                            "OutcomeReport?",
                            "cooperationNeeds",
                            "CooperationNeed[]?",
                            "matches",
                            "CooperationMatch[]?",
                            "evaluations",
                            "Evaluation[]?"),
            "ProgramOutcomes", parts("indicators", "OutcomeReport", "personDays", "PersonDays?"),
            "Dashboard",
                    parts(
                            "programs",
                            "ProgramFundingReport[]?",
                            "projects",
                            "ProjectSummary?",
                            "expiringAgreements",
                            "Agreement[]?",
                            "onSite",
                            "Dispatch[]?",
                            "outcomes",
                            "OutcomeReport[]?",
                            "personDays",
                            "PersonDays?",
                            "cooperation",
                            "CooperationSummary?"));

    private static Map<String, String> parts(String... pairs) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parts.put(pairs[i], pairs[i + 1]);
        }
        return parts;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        VIEWS.forEach((view, parts) -> {
            Schema schema = schemas.get(view);
            if (schema == null) {
                throw new IllegalStateException("composed view schema " + view + " is not in the document");
            }
            parts.forEach((property, part) -> {
                String name = part.replace("[]", "").replace("?", "");
                if (!schemas.containsKey(name)) {
                    throw new IllegalStateException(view + "." + property + " refers to schema " + name
                            + ", which no service publishes any more");
                }
                Schema existing = schema.getProperties().get(property);
                Schema typed = typed(name, part.contains("[]"), part.endsWith("?"));
                if (existing != null && existing.getDescription() != null) {
                    typed.setDescription(existing.getDescription());
                }
                schema.addProperty(property, typed);
            });
            List<String> required = new ArrayList<>(schema.getProperties().keySet());
            schema.setRequired(required);
        });
    }

    private static Schema typed(String name, boolean array, boolean nullable) {
        Schema ref = OASFactory.createSchema().ref(name);
        if (array) {
            Schema list =
                    OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(ref);
            return nullable ? list.addType(Schema.SchemaType.NULL) : list;
        }
        return nullable
                ? OASFactory.createSchema()
                        .addAnyOf(ref)
                        .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL))
                : ref;
    }
}

package kr.go.msit.standards.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes every module's OpenAPI document say exactly what the API does, by construction rather than by hand, so
 * that a generated client and a contract-validating proxy agree with the running system. Runs at build time on
 * every module's document (the gateway's too, after the services' documents are merged into it), in this order:
 * <ol>
 *   <li>{@link ErrorResponses}: the problem+json answers each operation can give, from its shape;</li>
 *   <li>{@link ProblemRules}: the problem rules each operation declares, in its answers' descriptions;</li>
 *   <li>{@link ResponseHeaders}: the headers every answer carries ({@code X-Request-ID}), and those of versioned
 *       records ({@code ETag}), creates ({@code Location}), replays ({@code Idempotent-Replayed}) and refusals
 *       that say when to retry ({@code Retry-After});</li>
 *   <li>{@link ExactSchemas}: a transition whose fields are all optional takes no body; every property of a
 *       schema the API answers with is required unless it is nullable, and nullable is written the OpenAPI 3.1
 *       way;</li>
 *   <li>{@link PropertyDescriptions}: every property of an answer says what it means, or the build fails;</li>
 *   <li>{@link Descriptions}: every operation says who may call it and which problem rules it can answer.</li>
 * </ol>
 * And on every schema as the filter walks them: a {@code pattern} matches the whole value ({@link #anchored}).
 * The lowest priority, so that it runs after the filters of a module (the gateway's composed views).
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 0)
public class ApiContract implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getComponents() == null) {
            return;
        }
        ErrorResponses.document(openAPI);
        ProblemRules.document(openAPI);
        ResponseHeaders.document(openAPI);
        ExactSchemas.apply(openAPI);
        PropertyDescriptions.document(openAPI);
        Descriptions.document(openAPI);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getPattern() != null) {
            schema.setPattern(anchored(schema.getPattern()));
        }
        return schema;
    }

    /** What the scanner writes for {@code @NotBlank}: "holds a character that is not white space", found anywhere. */
    static final String NOT_BLANK = "\\S";

    /**
     * {@code pattern} as the whole value must match it: bean validation's {@code @Pattern} matches the whole value,
     * JSON Schema's {@code pattern} anywhere in it, so {@code [A-Z]{2}} would let a client's validator pass
     * {@code "xKR"}, which the service refuses. Anchored once ({@code ^(?:…)$}); {@code @NotBlank}'s {@code \S} means
     * "anywhere" and stays as it is, and so does a pattern already anchored without alternatives.
     */
    static String anchored(String pattern) {
        boolean anchored = pattern.startsWith("^") && pattern.endsWith("$") && !pattern.endsWith("\\$");
        if (pattern.equals(NOT_BLANK)
                || (anchored && !pattern.contains("|"))
                || (pattern.startsWith("^(?:") && pattern.endsWith(")$"))) {
            return pattern;
        }
        return "^(?:" + pattern + ")$";
    }
}

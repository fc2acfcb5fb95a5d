package kr.go.msit.standards.platform.persistence;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * Documents the {@code Idempotency-Key} header on every operation whose method is {@link Idempotent}, so that the
 * interceptor binding (invisible to the OpenAPI scanner) and the document cannot disagree and no resource pastes the
 * parameter. Runs at build time before {@code ApiContract} (a higher priority runs first), which then adds the
 * 422 {@code idempotency-key-reuse} rule and the {@code Idempotent-Replayed} header to those operations.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 10)
public class IdempotencyDocumented implements OASFilter {

    private static final DotName IDEMPOTENT = DotName.createSimple(Idempotent.class.getName());
    private static final DotName OPERATION =
            DotName.createSimple(org.eclipse.microprofile.openapi.annotations.Operation.class.getName());

    /** operationId → whether the header is required. */
    private final Map<String, Boolean> idempotent = new HashMap<>();

    public IdempotencyDocumented(IndexView index) {
        for (AnnotationInstance binding : index.getAnnotations(IDEMPOTENT)) {
            if (binding.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue; // the interceptor's own binding
            }
            AnnotationInstance operation = binding.target().asMethod().annotation(OPERATION);
            AnnotationValue id = operation == null ? null : operation.value("operationId");
            if (id == null) {
                throw new IllegalStateException("@Idempotent " + binding.target() + " has no @Operation(operationId)");
            }
            AnnotationValue required = binding.value("required");
            idempotent.put(id.asString(), required != null && required.asBoolean());
        }
    }

    @Override
    public Operation filterOperation(Operation operation) {
        Boolean required = idempotent.get(operation.getOperationId());
        if (required != null) {
            operation.addParameter(OASFactory.createParameter()
                    .name(Idempotent.HEADER)
                    .in(Parameter.In.HEADER)
                    .required(required)
                    .description(Idempotent.DOCUMENTED)
                    .schema(OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .minLength(1)
                            .maxLength(255)
                            .pattern("^[\\x20-\\x7E]*[\\x21-\\x7E][\\x20-\\x7E]*$")));
        }
        return operation;
    }
}

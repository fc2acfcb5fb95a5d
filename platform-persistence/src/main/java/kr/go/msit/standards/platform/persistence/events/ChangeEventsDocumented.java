package kr.go.msit.standards.platform.persistence.events;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * Writes the service's event types into the OpenAPI document's {@code webhooks} section (OpenAPI 3.1), from the same
 * {@link ChangeEvent} declarations the feed enforces: one entry per type, whose body is a {@code <Resource>Event}
 * schema (the CloudEvents envelope with that resource's types and its API view as {@code data}), so that a consumer
 * generates types for the events it receives. Runs at build time before {@code ApiContract}.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 5)
public class ChangeEventsDocumented implements OASFilter {

    private static final DotName ONE = DotName.createSimple(ChangeEvent.class.getName());
    private static final DotName MANY = DotName.createSimple(ChangeEvents.class.getName());
    private static final DotName SCHEMA =
            DotName.createSimple(org.eclipse.microprofile.openapi.annotations.media.Schema.class.getName());
    static final String MEDIA_TYPE = "application/cloudevents+json";

    /** resource → (data schema name, types). */
    private final Map<String, Kind> kinds = new TreeMap<>();

    private record Kind(String dataSchema, TreeSet<String> types) {}

    public ChangeEventsDocumented(IndexView index) {
        List<AnnotationInstance> declared = new ArrayList<>(index.getAnnotations(ONE));
        for (AnnotationInstance many : index.getAnnotations(MANY)) {
            declared.addAll(List.of(many.value().asNestedArray()));
        }
        for (AnnotationInstance event : declared) {
            String resource = event.value("resource").asString();
            DotName data = event.value("data").asClass().name();
            TreeSet<String> types = new TreeSet<>();
            for (String action : event.value("actions").asStringArray()) {
                types.add(EventTypes.of(resource, action));
            }
            kinds.put(resource, new Kind(schemaName(index.getClassByName(data), data), types));
        }
    }

    private static String schemaName(ClassInfo type, DotName name) {
        AnnotationInstance schema = type == null ? null : type.declaredAnnotation(SCHEMA);
        AnnotationValue named = schema == null ? null : schema.value("name");
        return named != null ? named.asString() : name.withoutPackagePrefix().replaceAll(".*\\$", "");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (kinds.isEmpty() || openAPI.getComponents() == null) {
            return;
        }
        var schemas = openAPI.getComponents().getSchemas();
        kinds.forEach((resource, kind) -> {
            if (schemas == null || !schemas.containsKey(kind.dataSchema())) {
                throw new IllegalStateException("@ChangeEvent(resource = \"" + resource + "\"): its data schema "
                        + kind.dataSchema() + " is not in the document");
            }
            String envelope = pascal(resource) + "Event";
            openAPI.getComponents().addSchema(envelope, envelope(resource, kind));
            for (String type : kind.types()) {
                openAPI.addWebhook(type, OASFactory.createPathItem().POST(delivery(type, envelope)));
            }
        });
    }

    private static Schema envelope(String resource, Kind kind) {
        Schema schema = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description(
                        "A change of a " + resource + ", as a CloudEvents 1.0 event: the feed's items and the body "
                                + "of the webhooks of these types")
                .additionalPropertiesSchema(OASFactory.createSchema().not(OASFactory.createSchema()));
        schema.addProperty("specversion", text("The CloudEvents version: 1.0").enumeration(List.of("1.0")));
        schema.addProperty(
                "id",
                text("The event's id: unique, the same on every delivery of it (de-duplicate by it)")
                        .format("uuid"));
        schema.addProperty("source", text("Where the event comes from: the service's feed"));
        schema.addProperty("type", text("What happened to the " + resource).enumeration(new ArrayList<>(kind.types())));
        schema.addProperty(
                "subject", text("The id of the " + resource + " that changed").format("uuid"));
        schema.addProperty("time", text("When the change was made (UTC)").format("date-time"));
        schema.addProperty("datacontenttype", text("The media type of data").enumeration(List.of("application/json")));
        schema.addProperty(
                "data",
                OASFactory.createSchema()
                        .ref(kind.dataSchema())
                        .description("The " + resource + " after the change, as the subscriber's owner may see it"));
        schema.setRequired(
                List.of("specversion", "id", "source", "type", "subject", "time", "datacontenttype", "data"));
        return schema;
    }

    private static org.eclipse.microprofile.openapi.models.Operation delivery(String type, String envelope) {
        return OASFactory.createOperation()
                .operationId("event"
                        + pascal(type.substring(EventTypes.PREFIX.length()).replace('.', '-')))
                .tags(List.of("Events"))
                .security(new ArrayList<>()) // the subscriber's endpoint: our signature, no token of the API
                .summary(type)
                .description("POSTed to each subscription of this type: signed as the Standard Webhooks specification "
                        + "says (verify webhook-signature over webhook-id.webhook-timestamp.body with your secret); "
                        + "delivered at least once, in order per subject; de-duplicate by webhook-id")
                .addParameter(header("webhook-id", "The event's id (the same on every delivery of it)"))
                .addParameter(header("webhook-timestamp", "When this delivery was signed (seconds since the epoch)"))
                .addParameter(
                        header(
                                "webhook-signature",
                                "v1,<base64 HMAC-SHA256> for each secret in force, separated by spaces (two during a rotation)"))
                .requestBody(OASFactory.createRequestBody()
                        .required(true)
                        .content(OASFactory.createContent()
                                .addMediaType(
                                        MEDIA_TYPE,
                                        OASFactory.createMediaType()
                                                .schema(OASFactory.createSchema()
                                                        .ref(envelope)))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse(
                                "2XX",
                                OASFactory.createAPIResponse()
                                        .description("Received. Any other answer, or none within the timeout, is "
                                                + "retried with growing delays; a subscriber that keeps failing is "
                                                + "paused")));
    }

    private static Parameter header(String name, String description) {
        return OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.HEADER)
                .required(true)
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    static String pascal(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.split("[-.]")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }
}

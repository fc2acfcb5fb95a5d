package kr.go.msit.standards.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static String op(String id, String tag, String schema) {
        return "{'operationId':'" + id + "','tags':['" + tag + "'],'responses':{'200':{'description':'OK','content':"
                + "{'application/json':{'schema':{'$ref':'#/components/schemas/" + schema + "'}}}}}}";
    }

    private static JsonNode document(String paths, String schemas, String tags) {
        return json("{'openapi':'3.1.0','servers':[{'url':'http://localhost:8081'}],'info':{'title':'x','version':'1'},"
                + "'paths':{" + paths + "},'components':{'schemas':{" + schemas + "},"
                + "'securitySchemes':{'bearerAuth':{'type':'http','scheme':'bearer'}}},'tags':[" + tags + "]}");
    }

    private static Map<String, JsonNode> documents(JsonNode... documents) {
        Map<String, JsonNode> byService = new LinkedHashMap<>();
        String[] names = {"projects", "funding", "partnership"};
        for (int i = 0; i < documents.length; i++) {
            byService.put(names[i], documents[i]);
        }
        return byService;
    }

    @Test
    void unionOfPathsWithoutServersAndOneSecurityScheme() {
        ObjectNode merged = OpenApiMerge.merge(documents(
                document(
                        "'/api/v1/projects':{'get':" + op("listProjects", "Projects", "Project") + "}",
                        "'Project':{'type':'object'}",
                        "{'name':'Projects'}"),
                document(
                        "'/api/v1/budgets':{'get':" + op("listBudgets", "Budgets", "Budget") + "}",
                        "'Budget':{'type':'object'}",
                        "{'name':'Budgets'}")));

        assertEquals(2, merged.path("paths").size());
        assertFalse(merged.has("servers"), "the gateway is the only server");
        assertFalse(merged.has("info"), "the gateway says what the API is");
        assertEquals(1, merged.path("components").path("securitySchemes").size());
        assertEquals(2, merged.path("tags").size());
    }

    @Test
    void identicalComponentsAreKeptOnceAndDifferentOnesRenamedWithTheirReferences() {
        ObjectNode merged = OpenApiMerge.merge(documents(
                document(
                        "'/api/v1/projects':{'get':" + op("listProjects", "Projects", "BudgetLine") + "}",
                        "'BudgetLine':{'type':'object','properties':{'plannedKrw':{'type':'integer'}}},'Problem':{'type':'object'}",
                        "{'name':'Projects'}"),
                document(
                        "'/api/v1/allocations':{'get':" + op("listAllocations", "Allocations", "BudgetLine") + "}",
                        "'BudgetLine':{'type':'object','properties':{'allocatedKrw':{'type':'integer'}}},'Problem':{'type':'object'}",
                        "{'name':'Allocations'}")));

        JsonNode schemas = merged.path("components").path("schemas");
        assertTrue(schemas.has("Problem"));
        assertFalse(schemas.has("BudgetLine"), "an ambiguous name must not survive");
        assertTrue(schemas.path("ProjectsBudgetLine").path("properties").has("plannedKrw"));
        assertTrue(schemas.path("FundingBudgetLine").path("properties").has("allocatedKrw"));
        assertEquals(
                "#/components/schemas/ProjectsBudgetLine",
                merged.at("/paths/~1api~1v1~1projects/get/responses/200/content/application~1json/schema/$ref")
                        .asText());
        assertEquals(
                "#/components/schemas/FundingBudgetLine",
                merged.at("/paths/~1api~1v1~1allocations/get/responses/200/content/application~1json/schema/$ref")
                        .asText());
    }

    @Test
    void theSameOperationServedByEveryServiceIsKeptOnce() {
        String audit = "'/api/v1/audit/{service}':{'get':" + op("searchAuditEvents", "Audit", "Page") + "}";
        ObjectNode merged = OpenApiMerge.merge(documents(
                document(audit, "'Page':{'type':'object'}", "{'name':'Audit'}"),
                document(audit, "'Page':{'type':'object'}", "{'name':'Audit'}")));
        assertEquals(1, merged.path("paths").size());
    }

    @Test
    void everyConflictIsReportedAtOnce() {
        OpenApiMerge.Conflict conflict = assertThrows(
                OpenApiMerge.Conflict.class,
                () -> OpenApiMerge.merge(documents(
                        document(
                                "'/api/v1/a':{'get':" + op("list", "A", "X") + "},'/api/v1/same':{'get':"
                                        + op("one", "A", "X") + "}",
                                "'X':{'type':'object'}",
                                "{'name':'A','description':'first'}"),
                        document(
                                "'/api/v1/b':{'get':" + op("list", "B", "X") + "},'/api/v1/same':{'get':"
                                        + op("other", "A", "X") + "},"
                                        + "'/api/v1/c':{'get':{'operationId':'untagged','responses':{}}}",
                                "'X':{'type':'object'}",
                                "{'name':'A','description':'second'}"))));

        String message = conflict.getMessage();
        assertTrue(message.contains("operationId 'list'"), message);
        assertTrue(message.contains("GET /api/v1/same differs"), message);
        assertTrue(message.contains("tag 'A' is declared differently"), message);
        assertTrue(message.contains("GET /api/v1/b uses tag 'B'"), message);
        assertTrue(message.contains("GET /api/v1/c has 0 tags"), message);
        assertEquals(5, conflict.conflicts().size(), message);
    }

    @Test
    void differingSecuritySchemesAreAConflictNotARename() {
        JsonNode second =
                document("'/api/v1/b':{'get':" + op("b", "B", "X") + "}", "'X':{'type':'object'}", "{'name':'B'}");
        ((ObjectNode) second.path("components").path("securitySchemes").path("bearerAuth"))
                .put("bearerFormat", "opaque");
        OpenApiMerge.Conflict conflict = assertThrows(
                OpenApiMerge.Conflict.class,
                () -> OpenApiMerge.merge(documents(
                        document(
                                "'/api/v1/a':{'get':" + op("a", "A", "X") + "}",
                                "'X':{'type':'object'}",
                                "{'name':'A'}"),
                        second)));
        assertTrue(conflict.getMessage().contains("securitySchemes 'bearerAuth'"), conflict.getMessage());
    }

    @Test
    void eachServicesWebhooksAreCarriedWithTheirSchemasRenamedWhereTheyDiffer() {
        ObjectNode projects = (ObjectNode) document("", "'Status':{'enum':['ACTIVE']}", "");
        projects.set(
                "webhooks",
                json("{'kr.go.msit.kus.project.suspended':{'post':{'operationId':'eventProjectSuspended',"
                        + "'requestBody':{'content':{'application/cloudevents+json':{'schema':"
                        + "{'$ref':'#/components/schemas/Status'}}}}}}}"));
        ObjectNode funding = (ObjectNode) document("", "'Status':{'enum':['PAID']}", "");
        funding.set(
                "webhooks",
                json("{'kr.go.msit.kus.disbursement.paid':{'post':{'operationId':'eventDisbursementPaid'}}}"));
        ObjectNode merged = OpenApiMerge.merge(documents(projects, funding));
        assertEquals(2, merged.path("webhooks").size());
        assertEquals(
                "#/components/schemas/ProjectsStatus",
                merged.at("/webhooks/kr.go.msit.kus.project.suspended/post/requestBody/content"
                                + "/application~1cloudevents+json/schema/$ref")
                        .asText(),
                "a differing schema is renamed in the webhook that refers to it too");
    }
}

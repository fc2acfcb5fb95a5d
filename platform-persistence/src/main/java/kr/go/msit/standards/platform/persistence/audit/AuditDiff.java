package kr.go.msit.standards.platform.persistence.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.TreeSet;

/** What an audit row says changed: the top-level fields of a record's view that differ before and after. */
final class AuditDiff {

    /**
     * Fields that change with every write (or every change of state) and say nothing about what changed: the audit
     * row's own time says when.
     */
    private static final Set<String> NOT_DIFFED =
            Set.of("version", "updatedAt", "createdAt", "statusChangedAt", "statusHistory");

    private AuditDiff() {}

    /** {@code {"field": {"old": a, "new": b}}} for every top-level field whose value differs. */
    static ObjectNode of(JsonNode before, JsonNode after) {
        ObjectNode changes = JsonNodeFactory.instance.objectNode();
        Set<String> fields = new TreeSet<>();
        if (before != null) {
            before.fieldNames().forEachRemaining(fields::add);
        }
        after.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            if (NOT_DIFFED.contains(field)) {
                continue;
            }
            JsonNode old = before == null || !before.has(field) ? NullNode.getInstance() : before.get(field);
            JsonNode now = after.has(field) ? after.get(field) : NullNode.getInstance();
            if (!old.equals(now)) {
                ObjectNode change = changes.putObject(field);
                change.set("old", old);
                change.set("new", now);
            }
        }
        return changes;
    }
}

package kr.go.msit.standards.platform.persistence.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.MDC;

/**
 * Writes the change event of an audited change into the outbox ({@code change_event}), in the change's transaction.
 * Called by the audit trail for every row it writes, so every create, update and transition of every aggregate has
 * its event, and a refused or failed change has none.
 */
@ApplicationScoped
public class ChangeEventLog {

    private final EntityManager em;
    private final EventCatalog catalog;
    private final ObjectMapper mapper;
    private final Optional<ParentInstitutions> parents;

    public ChangeEventLog(
            EntityManager em, EventCatalog catalog, ObjectMapper mapper, Instance<ParentInstitutions> parents) {
        this.em = em;
        this.catalog = catalog;
        this.mapper = mapper;
        this.parents = parents.isResolvable() ? Optional.of(parents.get()) : Optional.empty();
    }

    /**
     * Records that {@code action} was done to the record {@code subject} of {@code resource}, which now reads as
     * {@code data}. An undeclared resource or action is a programming error (the document would not list it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String resource, UUID subject, UUID parentId, String action, JsonNode data) {
        EventKind kind = catalog.kind(resource)
                .orElseThrow(() -> new IllegalStateException("No @ChangeEvent declares resource " + resource));
        if (!kind.actions().contains(action)) {
            throw new IllegalStateException("@ChangeEvent(resource = \"" + resource + "\") does not list " + action);
        }
        Object requestId = MDC.get("requestId");
        em.createNativeQuery("""
                INSERT INTO change_event (id, type, resource, subject, institution_id, request_id, data)
                VALUES (:id, :type, :resource, :subject, :institution, :requestId, CAST(:data AS jsonb))""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("type", EventTypes.of(resource, action))
                .setParameter("resource", resource)
                .setParameter("subject", subject)
                .setParameter(
                        "institution",
                        kind.institutionOf(data, parentId, parents).orElse(null))
                .setParameter("requestId", requestId == null ? null : requestId.toString())
                .setParameter("data", json(data))
                .executeUpdate();
    }

    private String json(JsonNode data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a change event", e);
        }
    }
}

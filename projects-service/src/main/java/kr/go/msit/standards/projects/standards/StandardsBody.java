package kr.go.msit.standards.projects.standards;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;

/**
 * A standards body (ISO, ITU-T, 3GPP, ...) and the ordered stages a work item passes there. A contribution's stage
 * moves only forward through this list (skipping is allowed, as fast-track procedures do) or to a terminal stage.
 */
@Entity
@Table(name = "standards_body")
public class StandardsBody extends VersionedEntity {

    @Id
    public UUID id;

    public String code;
    public String nameKo;
    public String nameEn;

    @Enumerated(EnumType.STRING)
    public BodyKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "standards_stage", joinColumns = @JoinColumn(name = "body_id"))
    @OrderColumn(name = "position")
    public List<Stage> stages = new ArrayList<>();

    /** The stage of this body with this code. */
    public Optional<Stage> stage(String code) {
        return stages.stream().filter(s -> s.code.equals(code)).findFirst();
    }

    /** The stage's place in the list (its order). */
    public int position(String code) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).code.equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code + " is not a stage of " + this.code);
    }

    /**
     * Whether a work item at {@code from} may move to {@code to}: never from a terminal stage; to a terminal stage
     * from any other; else only forward (skipping allowed).
     */
    public boolean mayMove(String from, String to) {
        Stage current = stage(from).orElseThrow();
        Stage next = stage(to).orElseThrow();
        return !current.terminal && (next.terminal || position(to) > position(from));
    }

    /** The stages a work item at {@code from} may move to, in order. */
    public List<String> nextStages(String from) {
        return stages.stream()
                .map(s -> s.code)
                .filter(code -> mayMove(from, code))
                .toList();
    }

    /** The standards-body with this id, or 404. */
    public static StandardsBody found(UUID id) {
        return Lookups.found(StandardsBody.findById(id), "standards-body", id);
    }

    /** The body a request names, or 422 {@code unknown-standards-body}. */
    public static StandardsBody referenced(UUID id) {
        return Lookups.referenced(StandardsBody.findById(id), "unknown-standards-body", "No standards body " + id);
    }

    /**
     * The standards body a new contribution records a stage of, under a shared lock: a change of its stages (under its
     * row lock, refused once a contribution refers to it) waits for the contribution, or the contribution for it.
     */
    public static StandardsBody referencedInUse(UUID id) {
        return Lookups.sharedReference(StandardsBody.class, id, "unknown-standards-body", "No standards body " + id);
    }

    /** The standards-body, locked for a change, with this id, or 404. */
    public static StandardsBody locked(UUID id) {
        return Lookups.locked(StandardsBody.class, id, "standards-body");
    }
}

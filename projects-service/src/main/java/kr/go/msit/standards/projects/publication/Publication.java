package kr.go.msit.standards.projects.publication;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;

/** A paper or technical report of a project written with NIST co-authors. */
@Entity
@Table(name = "publication")
public class Publication extends VersionedEntity {

    @Id
    public UUID id;

    public UUID projectId;

    @Enumerated(EnumType.STRING)
    public PublicationKind kind;

    public String title;
    public String venue;
    public LocalDate publishedOn;
    public String doi;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "publication_nist_coauthor", joinColumns = @JoinColumn(name = "publication_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> nistCoAuthors = new ArrayList<>();

    /** The publication with this id, or 404. */
    public static Publication found(UUID id) {
        return Lookups.found(Publication.findById(id), "publication", id);
    }

    /** The publication, locked for a change, with this id, or 404. */
    public static Publication locked(UUID id) {
        return Lookups.locked(Publication.class, id, "publication");
    }
}

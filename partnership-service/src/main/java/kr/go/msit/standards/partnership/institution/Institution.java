package kr.go.msit.standards.partnership.institution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;

/** A Korean research institution. */
@Entity
@Table(name = "institution")
public class Institution extends VersionedEntity {

    @Id
    public UUID id;

    public String code;
    public String nameKo;
    public String nameEn;

    /** The institution with this id, or 404. */
    public static Institution found(UUID id) {
        return Lookups.found(Institution.findById(id), "institution", id);
    }

    /** The institution, under its row lock for a change, or 404. */
    public static Institution locked(UUID id) {
        return Lookups.locked(Institution.class, id, "institution");
    }

    /** The institution a request refers to, or 422 {@code unknown-institution}. */
    public static Institution referenced(UUID id) {
        return Lookups.referenced(
                id == null ? null : Institution.findById(id),
                "unknown-institution",
                "Institution " + id + " does not exist");
    }
}

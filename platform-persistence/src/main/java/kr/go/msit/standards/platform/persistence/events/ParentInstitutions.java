package kr.go.msit.standards.platform.persistence.events;

import java.util.Optional;
import java.util.UUID;

/**
 * For a service whose records belong to a parent that names the institution (a report to its project, a
 * disbursement to its allocation): the parent's institution, read in the transaction of the change.
 */
public interface ParentInstitutions {

    Optional<UUID> institutionOf(String resource, UUID parentId);
}

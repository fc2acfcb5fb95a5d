package kr.go.msit.standards.projects.project;

import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A person on the partner side of a project (a NIST researcher), with the unit they work in. */
@Embeddable
public class Counterpart {

    public String name;
    /** Personal data: shown to program managers, auditors and the project's own institution only. */
    public String email;

    public UUID unitId;

    public Counterpart() {}

    Counterpart(String name, String email, UUID unitId) {
        this.name = name;
        this.email = email;
        this.unitId = unitId;
    }
}

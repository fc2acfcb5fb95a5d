package kr.go.msit.standards.projects.evaluation;

import jakarta.persistence.Embeddable;
import java.util.UUID;

/** An evaluator of an evaluation and the score they gave (null until they have). */
@Embeddable
public class Evaluator {

    public UUID id;
    public String name;
    public UUID institutionId;
    /** Personal data: program managers and auditors see it. */
    public String email;

    public Integer score;
    public String comment;

    public Evaluator() {}

    Evaluator(UUID id, String name, UUID institutionId, String email) {
        this.id = id;
        this.name = name;
        this.institutionId = institutionId;
        this.email = email;
    }
}

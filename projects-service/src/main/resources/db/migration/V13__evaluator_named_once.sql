-- One person, one score: the same name of the same institution is named once per evaluation. The service has
-- refused a second naming since the evaluation's row lock guarded it; the database now refuses it too, whatever
-- writes the row. Rows named twice before that rule are kept with their scores, the later ones marked with their
-- position so that the index can be built ("홍길동 (2)"), and are visible as such in the evaluation.
UPDATE evaluation_evaluator later
SET name = left(later.name, 88) || ' (' || later.position || ')'
WHERE EXISTS (SELECT 1 FROM evaluation_evaluator earlier
              WHERE earlier.evaluation_id = later.evaluation_id
                AND earlier.institution_id = later.institution_id
                AND lower(earlier.name) = lower(later.name)
                AND earlier.position < later.position);

CREATE UNIQUE INDEX evaluation_evaluator_person ON evaluation_evaluator (evaluation_id, institution_id, lower(name));

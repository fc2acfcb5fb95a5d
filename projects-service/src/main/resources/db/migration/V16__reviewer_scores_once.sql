-- One reviewer, one score per application, whatever the letter case: 'R1' and 'r1' both counted, and the average
-- moved with the second (90 → 50). The service now compares reviewers as the database does (lower()), and the
-- database refuses a repeat whatever writes the row. Rows scored twice before this rule are kept with their scores,
-- the later ones marked with their place among that reviewer's scores ("김심사 (2)"), as V13 did for evaluators.
UPDATE application_review later
SET reviewer = left(later.reviewer, 92) || ' (' || ranked.place || ')'
FROM (SELECT id,
             row_number() OVER (PARTITION BY application_id, lower(reviewer) ORDER BY created_at, id) AS place
      FROM application_review) ranked
WHERE ranked.id = later.id AND ranked.place > 1;

ALTER TABLE application_review DROP CONSTRAINT application_review_once;
CREATE UNIQUE INDEX application_review_once ON application_review (application_id, lower(reviewer));

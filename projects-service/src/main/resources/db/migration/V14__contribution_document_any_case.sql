-- A document is registered once in its body whatever the case of its reference: "N-123" and "n-123" are one document,
-- and counted twice they doubled the outcome indicators. Rows recorded twice before this rule keep their stages, the
-- later ones with their reference marked by their rank ("n-123 (2)"), so that the index can be built.
UPDATE contribution c
SET document_ref = left(c.document_ref, 90) || ' (' || ranked.n || ')'
FROM (SELECT id, row_number() OVER (PARTITION BY body_id, lower(document_ref) ORDER BY created_at, id) AS n
      FROM contribution) ranked
WHERE ranked.id = c.id AND ranked.n > 1;

ALTER TABLE contribution DROP CONSTRAINT contribution_document;
CREATE UNIQUE INDEX contribution_document ON contribution (body_id, lower(document_ref));

-- A leadership position is recorded once a project: one holder in one role of one body's group, over days no other
-- record of the same seat covers. Recorded twice (same holder, group and role, periods overlapping), it counted twice
-- in the outcome indicators. Rows recorded twice before this rule keep their rows, the later ones with their holder
-- marked by their rank ("박에디터 (2)"), so that the constraint can be built; marked names differ, so they overlap no one.
-- A marked row is a new version: an ETag taken before names the old holder.
CREATE EXTENSION IF NOT EXISTS btree_gist;

UPDATE leadership_position p
SET holder_name = left(p.holder_name, 90) || ' (' || ranked.n || ')',
    version     = p.version + 1,
    updated_at  = now()
FROM (SELECT id,
             row_number() OVER (PARTITION BY project_id, body_id, lower(group_name), role, lower(holder_name)
                                ORDER BY created_at, id) AS n
      FROM leadership_position) ranked
WHERE ranked.id = p.id
  AND EXISTS (SELECT 1
              FROM leadership_position e
              WHERE e.project_id = p.project_id
                AND e.body_id = p.body_id
                AND lower(e.group_name) = lower(p.group_name)
                AND e.role = p.role
                AND lower(e.holder_name) = lower(p.holder_name)
                AND (e.created_at, e.id) < (p.created_at, p.id)
                AND daterange(e.start_date, e.end_date, '[]') && daterange(p.start_date, p.end_date, '[]'));

ALTER TABLE leadership_position
    ADD CONSTRAINT leadership_position_once EXCLUDE USING gist (
        project_id WITH =,
        body_id WITH =,
        (lower(group_name)) WITH =,
        role WITH =,
        (lower(holder_name)) WITH =,
        daterange(start_date, end_date, '[]') WITH &&);

-- An agenda item starts at HH:MM or HH:MM:SS (the document's pattern, read so since this version): times stored
-- earlier with fractions of a second (Jackson took them, to the nanosecond) are cut to the second, so a workshop read
-- and sent back whole (PUT) is accepted; the column then holds whole seconds only. Truncated, not rounded: a cast
-- to TIME(0) would round 23:59:59.6 up to 24:00:00.
UPDATE workshop_agenda_item
SET starts_at = CAST(date_trunc('second', DATE '2000-01-01' + starts_at) AS TIME)
WHERE starts_at IS NOT NULL AND starts_at <> CAST(date_trunc('second', DATE '2000-01-01' + starts_at) AS TIME);

ALTER TABLE workshop_agenda_item ALTER COLUMN starts_at TYPE TIME(0);

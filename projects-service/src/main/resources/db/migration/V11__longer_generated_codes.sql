-- A generated code is an input code and a suffix: an application's is its call's code, "-A" and four digits (more
-- after 9,999), a project's its program's code, the year and a number. Codes are accepted up to 40 characters, so
-- 40 was too short for what is built from them (a 35-character call code made every application a 500).
-- A generated column depends on project.code, so it is dropped and made again around the change.
DROP INDEX project_search_trgm;
ALTER TABLE project DROP COLUMN search_text;
ALTER TABLE project ALTER COLUMN code TYPE VARCHAR(64);
ALTER TABLE project ADD COLUMN search_text TEXT GENERATED ALWAYS AS (lower(code || ' ' || title_ko || ' ' || title_en)) STORED;
CREATE INDEX project_search_trgm ON project USING gin (search_text gin_trgm_ops) WITH (fastupdate = off);

ALTER TABLE application ALTER COLUMN code TYPE VARCHAR(64);

-- who recorded a stage is the token's subject, kept in 255 characters everywhere else
ALTER TABLE contribution_stage_event ALTER COLUMN recorded_by TYPE VARCHAR(255);

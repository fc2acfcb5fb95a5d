-- A project's code may now be 64 characters (projects-service V11). E-mail addresses are stored lower-cased, and
-- lower-casing can lengthen one (İ becomes i and a combining dot): 254 admitted characters may need more to store.
ALTER TABLE dispatch ALTER COLUMN project_code TYPE VARCHAR(64);
ALTER TABLE researcher ALTER COLUMN email TYPE VARCHAR(512);
ALTER TABLE workshop_participant ALTER COLUMN email TYPE VARCHAR(512);

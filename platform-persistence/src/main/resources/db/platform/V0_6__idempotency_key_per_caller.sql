-- An Idempotency-Key is its caller's own (keyed on the token's subject, as webhook subscriptions are): a key one caller
-- has used no longer answers another caller 422 (which told that caller the key had been used, and let one caller
-- squat on the keys another system derives from its own records). Rows written before this migration belong to no
-- one (''): the interceptor still replays such a row to the caller whose request it fingerprints (the fingerprint
-- has always included the subject), until retention removes them.
ALTER TABLE idempotency_key ADD COLUMN owner_subject VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE idempotency_key ALTER COLUMN owner_subject DROP DEFAULT;
ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey;
ALTER TABLE idempotency_key ADD PRIMARY KEY (owner_subject, idempotency_key);

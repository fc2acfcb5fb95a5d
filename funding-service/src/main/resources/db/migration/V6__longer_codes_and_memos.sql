-- A project's code may now be 64 characters (projects-service V11: its program's code and a suffix), and a
-- disbursement's code is "DSB-", the project's code and a number; a reversal's memo names the payment reference, the
-- disbursement's code and the reason (up to 1,000 characters): each was a 500 when it did not fit.
ALTER TABLE allocation ALTER COLUMN project_code TYPE VARCHAR(64);
ALTER TABLE disbursement ALTER COLUMN code TYPE VARCHAR(100);
ALTER TABLE ledger_entry ALTER COLUMN memo TYPE VARCHAR(2000);

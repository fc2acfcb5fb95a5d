-- A partner offer's history (audit_event rows of resource 'partner-offer') is read by every role that reads offers,
-- and the record shows its contact's e-mail to partnership officers and auditors only. The trail has been written
-- without the e-mail since this release; rows written before still hold it under changes.contactEmail, and are
-- cleared of it here. The change feed keeps it (it hides it per reader), and so does the offer itself.
--
-- audit_event refuses UPDATE through its trigger (append-only for the application). This migration runs as the
-- table's owner and sets that trigger aside for its one statement only, inside Flyway's transaction: a failure
-- leaves both the rows and the trigger as they were, and no other session sees the trigger disabled (ALTER TABLE
-- holds the table's lock until the commit).
ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete;

UPDATE audit_event
SET changes = changes - 'contactEmail'
WHERE resource = 'partner-offer'
  AND changes ? 'contactEmail';

ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete;

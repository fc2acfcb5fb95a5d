-- When a project last changed state: funding-service lists payments recorded after a project's suspension or
-- termination (the window between its check with projects-service and its own commit), so the moment matters.
ALTER TABLE project ADD COLUMN status_changed_at TIMESTAMPTZ;
UPDATE project SET status_changed_at = updated_at;
ALTER TABLE project ALTER COLUMN status_changed_at SET NOT NULL;
ALTER TABLE project ALTER COLUMN status_changed_at SET DEFAULT now();

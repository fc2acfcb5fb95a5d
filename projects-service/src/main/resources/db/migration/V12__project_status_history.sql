-- Every state a project has been in and when it entered it: funding-service lists the payments recorded while a
-- project was not ACTIVE from it. The time of the current state alone (status_changed_at) lost them once the project
-- moved on (a suspended project terminated, or resumed). Existing projects start with their current state.
CREATE TABLE project_status_change (
    project_id  UUID         NOT NULL REFERENCES project (id),
    position    INTEGER      NOT NULL CHECK (position >= 0),
    status      VARCHAR(30)  NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (project_id, position)
);

INSERT INTO project_status_change (project_id, position, status, changed_at)
SELECT id, 0, status, status_changed_at FROM project;

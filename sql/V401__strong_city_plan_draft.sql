-- The construction plan as the city edits it on the plan page (saved as often as it likes); checked and
-- stored as a revision when the city submits it in the Tasklist.
CREATE TABLE pc_sc_plan_draft (
  application_id  BIGINT       NOT NULL PRIMARY KEY,
  content         MEDIUMTEXT   NOT NULL,
  updated_by      VARCHAR(64)  NOT NULL,
  updated_at      DATETIME     NOT NULL,
  CONSTRAINT fk_sc_plan_draft_application FOREIGN KEY (application_id) REFERENCES pc_application (id)
);

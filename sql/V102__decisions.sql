-- R-X-1: every decision records who, when and the written opinion (审批意见).
-- One row per completed decision task and subject (a batch determination decides on many applications in
-- one task); the unique key makes a repeated submission harmless.
CREATE TABLE pc_decision (
  id                   BIGINT        AUTO_INCREMENT PRIMARY KEY,
  subject_type         VARCHAR(30)   NOT NULL,
  subject_id           BIGINT        NOT NULL,
  city_code            CHAR(6)       NOT NULL,
  step                 VARCHAR(100)  NOT NULL,
  step_name            VARCHAR(200)  NOT NULL,
  outcome              VARCHAR(30)   NOT NULL,
  opinion              TEXT,
  doc_number           VARCHAR(100),
  decided_by           VARCHAR(64)   NOT NULL,
  decided_at           DATETIME      NOT NULL,
  process_instance_id  VARCHAR(64),
  task_id              VARCHAR(64)   NOT NULL,
  CONSTRAINT uq_decision_task UNIQUE (task_id, subject_type, subject_id)
);
CREATE INDEX ix_decision_subject ON pc_decision (subject_type, subject_id);
CREATE INDEX ix_decision_city ON pc_decision (city_code, decided_at);

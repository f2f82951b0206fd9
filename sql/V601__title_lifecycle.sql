-- R-AA-1, R-SC-8: one lifecycle per title, enforced by the database. The row names the title's current
-- lifecycle process instance; a new lifecycle replaces it only if the row still names the instance the
-- starter saw (compare and set), so two nodes starting a lifecycle for one title cannot both succeed.
CREATE TABLE pc_title_lifecycle (
  title_id             BIGINT        NOT NULL PRIMARY KEY,
  process_instance_id  VARCHAR(64)   NOT NULL,
  title_granted_on     DATE          NOT NULL,
  started_at           DATETIME      NOT NULL,
  CONSTRAINT uq_title_lifecycle_process UNIQUE (process_instance_id),
  CONSTRAINT fk_title_lifecycle_title FOREIGN KEY (title_id) REFERENCES pc_title (id)
);

-- R-SME-6: the national office's working list while it determines a batch, one row per application awaiting
-- the determination (admitted or not, the opinion), saved from the list page as often as the official likes.
-- Seeded from the panels' conclusions when the step opens (updated_by empty until an official saves the row);
-- completing the determination task records it as decisions. Any number of cities per batch.
CREATE TABLE pc_sme_determination_entry (
  application_id  BIGINT         NOT NULL PRIMARY KEY,
  batch_id        BIGINT         NOT NULL,
  admitted        BOOLEAN        NOT NULL,
  opinion         VARCHAR(2000)  NOT NULL,
  updated_by      VARCHAR(64),
  updated_at      DATETIME,
  CONSTRAINT fk_determination_entry_application FOREIGN KEY (application_id) REFERENCES pc_application (id),
  CONSTRAINT fk_determination_entry_batch FOREIGN KEY (batch_id) REFERENCES pc_sme_batch (id)
);
CREATE INDEX ix_determination_entry_batch ON pc_sme_determination_entry (batch_id);

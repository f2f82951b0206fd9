-- The SME IP strategy pilot (R-SME-1 … R-SME-8).

-- R-SME-2: applications come in batches, each opened by the national office with a deadline.
-- status: OPEN, CLOSED (deadline passed; national review runs), PUBLISHED (determined and published)
CREATE TABLE pc_sme_batch (
  id                   BIGINT        AUTO_INCREMENT PRIMARY KEY,
  name                 VARCHAR(100)  NOT NULL,
  batch_year           INT           NOT NULL,
  opens_on             DATE          NOT NULL,
  deadline             DATETIME      NOT NULL,
  status               VARCHAR(20)   NOT NULL,
  process_instance_id  VARCHAR(64),
  created_by           VARCHAR(64)   NOT NULL,
  created_at           DATETIME      NOT NULL,
  published_on         DATE,
  CONSTRAINT uq_sme_batch_name UNIQUE (name)
);

-- One application per city per batch (R-SME-2), enforced by the database.
ALTER TABLE pc_application ADD COLUMN batch_id BIGINT;
ALTER TABLE pc_application ADD CONSTRAINT fk_application_batch FOREIGN KEY (batch_id) REFERENCES pc_sme_batch (id);
CREATE UNIQUE INDEX uq_application_city_batch ON pc_application (city_code, programme, batch_id);

-- R-SME-5: the plan's numbered sections (1)–(8) as the city wrote them.
CREATE TABLE pc_application_section (
  application_id  BIGINT  NOT NULL,
  section_no      INT     NOT NULL,
  content         TEXT    NOT NULL,
  PRIMARY KEY (application_id, section_no),
  CONSTRAINT fk_section_application FOREIGN KEY (application_id) REFERENCES pc_application (id)
);

-- R-SME-5 (5): yearly targets as numbers, so that later assessments can compare against them.
CREATE TABLE pc_application_target (
  application_id  BIGINT         NOT NULL,
  year_no         INT            NOT NULL,
  metric          VARCHAR(40)    NOT NULL,
  target_value    DECIMAL(14,2)  NOT NULL,
  PRIMARY KEY (application_id, year_no, metric),
  CONSTRAINT fk_target_application FOREIGN KEY (application_id) REFERENCES pc_application (id)
);

-- R-SME-4: the city's self-assessment against the four conditions (rating MET / PARTLY / NOT_MET).
CREATE TABLE pc_application_condition (
  application_id  BIGINT         NOT NULL,
  condition_no    INT            NOT NULL,
  rating          VARCHAR(10)    NOT NULL,
  evidence        VARCHAR(2000),
  PRIMARY KEY (application_id, condition_no),
  CONSTRAINT fk_condition_application FOREIGN KEY (application_id) REFERENCES pc_application (id)
);

-- R-SME-3: each submitted revision as it was, so the history shows what changed.
CREATE TABLE pc_application_revision (
  application_id  BIGINT        NOT NULL,
  revision        INT           NOT NULL,
  snapshot        TEXT          NOT NULL,
  note            VARCHAR(5000),
  submitted_by    VARCHAR(64)   NOT NULL,
  submitted_at    DATETIME      NOT NULL,
  PRIMARY KEY (application_id, revision),
  CONSTRAINT fk_revision_application FOREIGN KEY (application_id) REFERENCES pc_application (id)
);

-- R-SME-6: the batch determination of CNIPA and MIIT, one per application.
CREATE TABLE pc_sme_determination (
  application_id  BIGINT         NOT NULL PRIMARY KEY,
  batch_id        BIGINT         NOT NULL,
  ranking         INT            NOT NULL,
  panel_score     DECIMAL(6,2),
  admitted        BOOLEAN        NOT NULL,
  opinion         VARCHAR(2000)  NOT NULL,
  decided_at      DATETIME       NOT NULL,
  CONSTRAINT fk_determination_application FOREIGN KEY (application_id) REFERENCES pc_application (id),
  CONSTRAINT fk_determination_batch FOREIGN KEY (batch_id) REFERENCES pc_sme_batch (id)
);

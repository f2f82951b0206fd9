-- R-AA-1 … R-AA-5, R-SC-7: one annual assessment of a title for one year (the previous year, assessed at
-- the start of the next), within one grant of the title (title_granted_on: a title withdrawn and granted
-- again starts a new series). status: OPEN (the city reports), RETURNED (sent back to the city), PROVINCE_REVIEW,
-- SCORING, GRADED. grade: EXCELLENT 优秀, GOOD 良好, QUALIFIED 合格, FAILED 不合格.
CREATE TABLE pc_assessment (
  id                    BIGINT        AUTO_INCREMENT PRIMARY KEY,
  title_id              BIGINT        NOT NULL,
  city_code             CHAR(6)       NOT NULL,
  title_kind            VARCHAR(20)   NOT NULL,
  title_granted_on      DATE          NOT NULL,
  assessed_year         INT           NOT NULL,
  status                VARCHAR(20)   NOT NULL,
  process_instance_id   VARCHAR(64),
  opened_at             DATETIME      NOT NULL,
  -- R-AA-2: the city's report in five parts
  measures              TEXT,
  results               TEXT,
  problems              TEXT,
  next_plan             TEXT,
  suggestions           TEXT,
  submitted_by          VARCHAR(64),
  submitted_at          DATETIME,
  late                  BOOLEAN       NOT NULL,
  report_missing        BOOLEAN       NOT NULL,
  objective_score       DECIMAL(8,2),
  subjective_score      DECIMAL(8,2),
  total_score           DECIMAL(8,2),
  unfinished_mandatory  INT,
  grade                 VARCHAR(20),
  grade_reason          VARCHAR(500),
  priority_support      BOOLEAN       NOT NULL,
  graded_by             VARCHAR(64),
  graded_at             DATETIME,
  CONSTRAINT fk_assessment_title FOREIGN KEY (title_id) REFERENCES pc_title (id),
  CONSTRAINT uq_assessment_title_year UNIQUE (title_id, title_granted_on, assessed_year)
);
CREATE INDEX ix_assessment_city ON pc_assessment (city_code, assessed_year);
CREATE INDEX ix_assessment_year ON pc_assessment (assessed_year, grade);
CREATE INDEX ix_assessment_process ON pc_assessment (process_instance_id);

-- R-AA-4: the year's work plan as the assessment took it over, and the city's report on each task.
CREATE TABLE pc_assessment_task (
  assessment_id  BIGINT         NOT NULL,
  position       INT            NOT NULL,
  code           VARCHAR(40)    NOT NULL,
  name           VARCHAR(200)   NOT NULL,
  mandatory      BOOLEAN        NOT NULL,
  completed      BOOLEAN,
  note           VARCHAR(2000),
  PRIMARY KEY (assessment_id, position),
  CONSTRAINT fk_assessment_task FOREIGN KEY (assessment_id) REFERENCES pc_assessment (id)
);

-- R-X-3: indicator values imported from the city's Excel file (replaced as a whole by a later accepted file).
CREATE TABLE pc_assessment_value (
  assessment_id   BIGINT         NOT NULL,
  indicator_code  VARCHAR(40)    NOT NULL,
  reported_value  DECIMAL(18,4)  NOT NULL,
  PRIMARY KEY (assessment_id, indicator_code),
  CONSTRAINT fk_assessment_value FOREIGN KEY (assessment_id) REFERENCES pc_assessment (id)
);

-- R-AA-3: the score of each indicator (objective: computed by its rule; subjective: by the assessors).
CREATE TABLE pc_assessment_score (
  assessment_id   BIGINT         NOT NULL,
  indicator_code  VARCHAR(40)    NOT NULL,
  score           DECIMAL(8,2)   NOT NULL,
  PRIMARY KEY (assessment_id, indicator_code),
  CONSTRAINT fk_assessment_score FOREIGN KEY (assessment_id) REFERENCES pc_assessment (id)
);

-- Every upload of an indicator file, accepted or rejected (with its first errors), for the timeline.
CREATE TABLE pc_indicator_upload (
  id             BIGINT         AUTO_INCREMENT PRIMARY KEY,
  assessment_id  BIGINT         NOT NULL,
  city_code      CHAR(6)        NOT NULL,
  file_name      VARCHAR(255),
  size_bytes     BIGINT         NOT NULL,
  accepted       BOOLEAN        NOT NULL,
  value_count    INT            NOT NULL,
  error_count    INT            NOT NULL,
  errors         TEXT,
  uploaded_by    VARCHAR(64)    NOT NULL,
  uploaded_at    DATETIME       NOT NULL,
  CONSTRAINT fk_indicator_upload FOREIGN KEY (assessment_id) REFERENCES pc_assessment (id)
);
CREATE INDEX ix_indicator_upload_assessment ON pc_indicator_upload (assessment_id);
CREATE INDEX ix_indicator_upload_city ON pc_indicator_upload (city_code, uploaded_at);

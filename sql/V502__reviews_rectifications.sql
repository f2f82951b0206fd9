-- R-SC-8, R-SME-7: the three-year third-party review of a title (for the SME pilot: at the end of its
-- three-year implementation), within one grant of the title. rating: LEADING 水平领先、实绩突出 / SOUND 达到要求 / WEAK 推进力度不大、成效不明显.
-- outcome (DMN review-outcome): PROMOTE (promoted nationwide) / CONTINUE / RECTIFY.
CREATE TABLE pc_title_review (
  id                   BIGINT        AUTO_INCREMENT PRIMARY KEY,
  title_id             BIGINT        NOT NULL,
  city_code            CHAR(6)       NOT NULL,
  title_granted_on     DATE          NOT NULL,
  first_year           INT           NOT NULL,
  last_year            INT           NOT NULL,
  status               VARCHAR(20)   NOT NULL,
  process_instance_id  VARCHAR(64),
  opened_at            DATETIME      NOT NULL,
  evaluator            VARCHAR(64),
  report               TEXT,
  rating               VARCHAR(20),
  outcome              VARCHAR(20),
  outcome_reason       VARCHAR(500),
  promoted             BOOLEAN       NOT NULL,
  decided_at           DATETIME,
  CONSTRAINT fk_title_review_title FOREIGN KEY (title_id) REFERENCES pc_title (id),
  CONSTRAINT uq_title_review_years UNIQUE (title_id, title_granted_on, first_year)
);
CREATE INDEX ix_title_review_city ON pc_title_review (city_code, opened_at);

-- R-SC-8: supervised rectification (督促整改), one row per round. outcome: OPEN, PASSED, FAILED, MISSED
-- (deadline missed, counts as a failure).
CREATE TABLE pc_rectification (
  id                   BIGINT        AUTO_INCREMENT PRIMARY KEY,
  title_id             BIGINT        NOT NULL,
  city_code            CHAR(6)       NOT NULL,
  review_id            BIGINT        NOT NULL,
  round_no             INT           NOT NULL,
  reasons              TEXT          NOT NULL,
  notice_at            DATETIME      NOT NULL,
  deadline             DATETIME      NOT NULL,
  plan                 TEXT,
  plan_by              VARCHAR(64),
  plan_at              DATETIME,
  report               TEXT,
  report_by            VARCHAR(64),
  report_at            DATETIME,
  outcome              VARCHAR(20)   NOT NULL,
  decided_by           VARCHAR(64),
  decided_at           DATETIME,
  opinion              TEXT,
  process_instance_id  VARCHAR(64),
  CONSTRAINT fk_rectification_title FOREIGN KEY (title_id) REFERENCES pc_title (id),
  CONSTRAINT fk_rectification_review FOREIGN KEY (review_id) REFERENCES pc_title_review (id),
  CONSTRAINT uq_rectification_round UNIQUE (review_id, round_no)
);
CREATE INDEX ix_rectification_city ON pc_rectification (city_code, notice_at);

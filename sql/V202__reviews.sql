-- An expert panel review (专家评审 / 论证评价) of one application in one round (processes/expert-review.bpmn).
-- status: FORMING (panel drawn, awaiting the national office), REVIEWING, RECONCILING, FIELD_VISIT,
--         CONCLUDING (the chair writes the guidance), DECIDED, CANCELLED.
-- Open reviews (neither DECIDED nor CANCELLED) count towards an expert's workload.
CREATE TABLE pc_review (
  id                   BIGINT         AUTO_INCREMENT PRIMARY KEY,
  application_id       BIGINT         NOT NULL,
  programme            VARCHAR(20)    NOT NULL,
  review_round         INT            NOT NULL,
  city_code            CHAR(6)        NOT NULL,
  province_code        CHAR(6)        NOT NULL,
  subject              VARCHAR(300)   NOT NULL,
  business_key         VARCHAR(191),
  process_instance_id  VARCHAR(64),
  status               VARCHAR(20)    NOT NULL,
  panel_size           INT            NOT NULL,
  reserve_count        INT            NOT NULL,
  chair_seat           INT,
  scoring_pass         INT            NOT NULL,
  field_visit_planned  BOOLEAN        NOT NULL,
  recommendation       VARCHAR(20),
  panel_score          DECIMAL(6,2),
  guidance             TEXT,
  guidance_by          VARCHAR(64),
  guidance_at          DATETIME,
  created_at           DATETIME       NOT NULL,
  decided_at           DATETIME,
  CONSTRAINT fk_review_application FOREIGN KEY (application_id) REFERENCES pc_application (id),
  CONSTRAINT fk_review_city FOREIGN KEY (city_code) REFERENCES pc_city (code)
);
CREATE INDEX ix_review_application ON pc_review (application_id, review_round);
CREATE INDEX ix_review_status ON pc_review (status);
CREATE INDEX ix_review_process ON pc_review (process_instance_id);

-- Every draw with its seed (reproducible: the same seed over the same candidates and loads gives the
-- same panel). kind: INITIAL, REDRAW (the national office changed size or reserves), SUPPLEMENT (reserves
-- were exhausted; one more expert drawn for a released seat).
CREATE TABLE pc_review_draw (
  id             BIGINT        AUTO_INCREMENT PRIMARY KEY,
  review_id      BIGINT        NOT NULL,
  draw_no        INT           NOT NULL,
  kind           VARCHAR(20)   NOT NULL,
  seed           BIGINT        NOT NULL,
  panel_size     INT           NOT NULL,
  reserve_count  INT           NOT NULL,
  drawn_by       VARCHAR(64)   NOT NULL,
  drawn_at       DATETIME      NOT NULL,
  CONSTRAINT uq_review_draw UNIQUE (review_id, draw_no),
  CONSTRAINT fk_review_draw_review FOREIGN KEY (review_id) REFERENCES pc_review (id)
);

-- The whole draw: every expert of the registry, drawn (PANEL/RESERVE, with his position), eligible but
-- not drawn (NOT_DRAWN), or excluded with the reason (EXCLUDED: SAME_CITY, SAME_PROVINCE,
-- CONFLICT_CITY, CONFLICT_ORGANISATION, WORKLOAD_CAP, INACTIVE, NO_ACCOUNT, ALREADY_ON_REVIEW), and the
-- load he had at the time (the draw prefers the least loaded).
CREATE TABLE pc_review_draw_entry (
  draw_id       BIGINT       NOT NULL,
  expert_id     BIGINT       NOT NULL,
  outcome       VARCHAR(20)  NOT NULL,
  reason        VARCHAR(30),
  position      INT,
  load_at_draw  INT          NOT NULL,
  PRIMARY KEY (draw_id, expert_id),
  CONSTRAINT fk_draw_entry_draw FOREIGN KEY (draw_id) REFERENCES pc_review_draw (id),
  CONSTRAINT fk_draw_entry_expert FOREIGN KEY (expert_id) REFERENCES pc_expert (id)
);

-- The panel: members (role MEMBER, in a seat) and reserves (role RESERVE, in order).
-- status: PROPOSED (drawn, not yet confirmed), ACTIVE, RECUSED (declared a conflict), HANDED_OVER
--         (overdue; his review went to a reserve), REMOVED (by the national office, with a reason).
CREATE TABLE pc_review_member (
  id             BIGINT        AUTO_INCREMENT PRIMARY KEY,
  review_id      BIGINT        NOT NULL,
  expert_id      BIGINT        NOT NULL,
  role           VARCHAR(10)   NOT NULL,
  status         VARCHAR(20)   NOT NULL,
  seat           INT,
  reserve_order  INT,
  joined_at      DATETIME      NOT NULL,
  left_at        DATETIME,
  CONSTRAINT uq_review_member UNIQUE (review_id, expert_id),
  CONSTRAINT fk_review_member_review FOREIGN KEY (review_id) REFERENCES pc_review (id),
  CONSTRAINT fk_review_member_expert FOREIGN KEY (expert_id) REFERENCES pc_expert (id)
);
CREATE INDEX ix_review_member_expert ON pc_review_member (expert_id, status);

-- Everything that happened to the panel, with who, when and why (R-X-1): DRAWN, ADDED, REMOVED,
-- CONFIRMED, CHAIR, RECUSED, HANDED_OVER, PROMOTED, SKIPPED, VACATED.
CREATE TABLE pc_review_member_event (
  id           BIGINT         AUTO_INCREMENT PRIMARY KEY,
  review_id    BIGINT         NOT NULL,
  expert_id    BIGINT,
  event        VARCHAR(20)    NOT NULL,
  seat         INT,
  reason       VARCHAR(2000),
  actor        VARCHAR(64)    NOT NULL,
  happened_at  DATETIME       NOT NULL,
  task_id      VARCHAR(64),
  CONSTRAINT fk_member_event_review FOREIGN KEY (review_id) REFERENCES pc_review (id)
);
CREATE INDEX ix_member_event_review ON pc_review_member_event (review_id, happened_at);

-- One expert's assessment in one scoring pass (a reconciliation may ask the panel to score again).
CREATE TABLE pc_review_assessment (
  id                     BIGINT         AUTO_INCREMENT PRIMARY KEY,
  review_id              BIGINT         NOT NULL,
  expert_id              BIGINT         NOT NULL,
  scoring_pass           INT            NOT NULL,
  seat                   INT            NOT NULL,
  total                  DECIMAL(6,2)   NOT NULL,
  recommendation         VARCHAR(20)    NOT NULL,
  opinion                TEXT           NOT NULL,
  guidance               TEXT,
  field_visit_requested  BOOLEAN        NOT NULL,
  field_visit_reason     VARCHAR(2000),
  submitted_by           VARCHAR(64)    NOT NULL,
  submitted_at           DATETIME       NOT NULL,
  task_id                VARCHAR(64)    NOT NULL,
  CONSTRAINT uq_assessment_task UNIQUE (task_id),
  CONSTRAINT uq_assessment_pass UNIQUE (review_id, expert_id, scoring_pass),
  CONSTRAINT fk_assessment_review FOREIGN KEY (review_id) REFERENCES pc_review (id),
  CONSTRAINT fk_assessment_expert FOREIGN KEY (expert_id) REFERENCES pc_expert (id)
);

CREATE TABLE pc_review_score (
  assessment_id   BIGINT        NOT NULL,
  criterion_code  VARCHAR(30)   NOT NULL,
  score           DECIMAL(5,1)  NOT NULL,
  PRIMARY KEY (assessment_id, criterion_code),
  CONSTRAINT fk_score_assessment FOREIGN KEY (assessment_id) REFERENCES pc_review_assessment (id)
);

-- The panel's result per criterion and for the total (criterion_code TOTAL) in a scoring pass: number
-- of scores, mean, trimmed mean (highest and lowest dropped when there are at least 5), min, max and
-- (population) standard deviation.
CREATE TABLE pc_review_statistic (
  review_id       BIGINT        NOT NULL,
  scoring_pass    INT           NOT NULL,
  criterion_code  VARCHAR(30)   NOT NULL,
  position        INT           NOT NULL,
  score_count     INT           NOT NULL,
  mean            DECIMAL(6,2)  NOT NULL,
  trimmed_mean    DECIMAL(6,2)  NOT NULL,
  min_score       DECIMAL(6,2)  NOT NULL,
  max_score       DECIMAL(6,2)  NOT NULL,
  std_dev         DECIMAL(6,2)  NOT NULL,
  PRIMARY KEY (review_id, scoring_pass, criterion_code),
  CONSTRAINT fk_statistic_review FOREIGN KEY (review_id) REFERENCES pc_review (id)
);

-- A field visit (实地调研, R-SME-6): asked for by experts and/or the national office, scheduled with a
-- team from the panel, and its findings, which confirm or adjust the panel's result.
CREATE TABLE pc_review_field_visit (
  id                       BIGINT         AUTO_INCREMENT PRIMARY KEY,
  review_id                BIGINT         NOT NULL,
  requested_by             VARCHAR(500)   NOT NULL,
  visit_date               DATE,
  plan                     TEXT,
  scheduled_by             VARCHAR(64),
  scheduled_at             DATETIME,
  checklist                VARCHAR(1000),
  findings                 TEXT,
  outcome                  VARCHAR(20),
  adjusted_recommendation  VARCHAR(20),
  recorded_by              VARCHAR(64),
  recorded_at              DATETIME,
  CONSTRAINT uq_field_visit_review UNIQUE (review_id),
  CONSTRAINT fk_field_visit_review FOREIGN KEY (review_id) REFERENCES pc_review (id)
);

CREATE TABLE pc_review_field_visit_member (
  field_visit_id  BIGINT  NOT NULL,
  expert_id       BIGINT  NOT NULL,
  PRIMARY KEY (field_visit_id, expert_id),
  CONSTRAINT fk_visit_member_visit FOREIGN KEY (field_visit_id) REFERENCES pc_review_field_visit (id),
  CONSTRAINT fk_visit_member_expert FOREIGN KEY (expert_id) REFERENCES pc_expert (id)
);

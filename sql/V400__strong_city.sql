-- IP strong city (知识产权强市, R-SC-1 … R-SC-6): the construction plan, its argumentation rounds and the
-- approval and issuance.

-- R-SC-3: the plan's overall goals for its period.
CREATE TABLE pc_sc_plan (
  application_id  BIGINT        NOT NULL PRIMARY KEY,
  overall_goals   TEXT          NOT NULL,
  start_year      INT           NOT NULL,
  end_year        INT           NOT NULL,
  CONSTRAINT fk_sc_plan_application FOREIGN KEY (application_id) REFERENCES pc_application (id)
);

-- R-SC-3: the work projects (工作项目) of the five major projects (五大工程), each with a target that the annual
-- assessments can check (a number where it is one), measures, the responsible unit, a budget and its years.
-- project: MANAGEMENT, PROTECTION, UTILISATION, QUALITY, ENVIRONMENT
CREATE TABLE pc_sc_work_project (
  id                BIGINT         AUTO_INCREMENT PRIMARY KEY,
  application_id    BIGINT         NOT NULL,
  project           VARCHAR(20)    NOT NULL,
  position          INT            NOT NULL,
  name              VARCHAR(200)   NOT NULL,
  target            VARCHAR(1000)  NOT NULL,
  target_value      DECIMAL(16,2),
  target_unit       VARCHAR(20),
  measures          TEXT           NOT NULL,
  responsible_unit  VARCHAR(200)   NOT NULL,
  budget            DECIMAL(14,2)  NOT NULL,
  start_year        INT            NOT NULL,
  end_year          INT            NOT NULL,
  CONSTRAINT fk_sc_work_project_application FOREIGN KEY (application_id) REFERENCES pc_application (id),
  CONSTRAINT uq_sc_work_project UNIQUE (application_id, project, position)
);

-- R-SC-5: each round of expert argumentation, with the panel's recommendation and guidance and the city's
-- revision deadline.
CREATE TABLE pc_sc_round (
  application_id   BIGINT         NOT NULL,
  round_no         INT            NOT NULL,
  started_at       DATETIME       NOT NULL,
  review_id        BIGINT,
  recommendation   VARCHAR(20),
  panel_score      DECIMAL(6,2),
  guidance         TEXT,
  concluded_at     DATETIME,
  revision_due     DATETIME,
  PRIMARY KEY (application_id, round_no),
  CONSTRAINT fk_sc_round_application FOREIGN KEY (application_id) REFERENCES pc_application (id)
);

-- R-SC-6: CNIPA's approval (批复) and the city government's issuing of the plan; one per application.
CREATE TABLE pc_sc_approval (
  application_id      BIGINT        NOT NULL PRIMARY KEY,
  approval_doc        VARCHAR(100)  NOT NULL,
  approved_on         DATE          NOT NULL,
  approved_by         VARCHAR(64)   NOT NULL,
  opinion             VARCHAR(2000) NOT NULL,
  issuing_doc         VARCHAR(100),
  issued_on           DATE,
  issued_by           VARCHAR(64),
  CONSTRAINT fk_sc_approval_application FOREIGN KEY (application_id) REFERENCES pc_application (id),
  CONSTRAINT uq_sc_approval_doc UNIQUE (approval_doc)
);

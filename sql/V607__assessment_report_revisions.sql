-- R-AA-2, R-X-1: every submission of a city's annual report as it was (the five parts and each work-plan task's
-- completion and note), so that a report returned and resubmitted keeps its earlier text in our tables, not only
-- in the engine's history.
CREATE TABLE pc_assessment_report_revision (
  assessment_id  BIGINT        NOT NULL,
  revision       INT           NOT NULL,
  snapshot       TEXT          NOT NULL,
  late           BOOLEAN       NOT NULL,
  submitted_by   VARCHAR(64)   NOT NULL,
  submitted_at   DATETIME      NOT NULL,
  PRIMARY KEY (assessment_id, revision),
  CONSTRAINT fk_report_revision_assessment FOREIGN KEY (assessment_id) REFERENCES pc_assessment (id)
);

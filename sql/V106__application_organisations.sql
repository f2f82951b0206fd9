-- Organisations named in an application (participating units, service agencies, universities): an expert
-- employed by one of them may not review it (回避).
CREATE TABLE pc_application_organisation (
  application_id  BIGINT        NOT NULL,
  position        INT           NOT NULL,
  name            VARCHAR(200)  NOT NULL,
  PRIMARY KEY (application_id, position),
  CONSTRAINT fk_organisation_application FOREIGN KEY (application_id) REFERENCES pc_application (id)
);

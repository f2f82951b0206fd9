-- An application of a city to a programme (SME_PILOT: R-SME-1..7, STRONG_CITY: R-SC-1..6).
CREATE TABLE pc_application (
  id                   BIGINT        AUTO_INCREMENT PRIMARY KEY,
  programme            VARCHAR(20)   NOT NULL,
  city_code            CHAR(6)       NOT NULL,
  status               VARCHAR(30)   NOT NULL,
  revision             INT           NOT NULL,
  summary              TEXT,
  recommendation_doc   VARCHAR(100),
  process_instance_id  VARCHAR(64),
  created_by           VARCHAR(64)   NOT NULL,
  created_at           DATETIME      NOT NULL,
  updated_at           DATETIME      NOT NULL,
  CONSTRAINT fk_application_city FOREIGN KEY (city_code) REFERENCES pc_city (code)
);
CREATE INDEX ix_application_city ON pc_application (city_code, programme);
CREATE INDEX ix_application_process ON pc_application (process_instance_id);

-- R-SME-1: an SME-pilot application names one or more SME clusters (中小企业集聚区 / 特色产业区).
CREATE TABLE pc_application_cluster (
  application_id  BIGINT        NOT NULL,
  position        INT           NOT NULL,
  name            VARCHAR(100)  NOT NULL,
  PRIMARY KEY (application_id, position),
  CONSTRAINT fk_cluster_application FOREIGN KEY (application_id) REFERENCES pc_application (id)
);

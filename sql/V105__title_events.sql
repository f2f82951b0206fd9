-- Every change of a city's title (granted, put under rectification, active again, withdrawn, ended):
-- the title's part of the city timeline (R-X-4), with who decided, when, why and the document number.
CREATE TABLE pc_title_event (
  id            BIGINT        AUTO_INCREMENT PRIMARY KEY,
  title_id      BIGINT        NOT NULL,
  city_code     CHAR(6)       NOT NULL,
  kind          VARCHAR(20)   NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  effective_on  DATE          NOT NULL,
  reason        VARCHAR(2000),
  doc_number    VARCHAR(100),
  recorded_by   VARCHAR(64)   NOT NULL,
  recorded_at   DATETIME      NOT NULL,
  CONSTRAINT fk_title_event_title FOREIGN KEY (title_id) REFERENCES pc_title (id)
);
CREATE INDEX ix_title_event_city ON pc_title_event (city_code, effective_on);

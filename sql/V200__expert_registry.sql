-- The expert registry (评审专家库): who may sit on a review panel, and what rules an expert out (回避).
-- user_id links an expert to his Tasklist account (the review task is assigned to it); an expert
-- without an account is never drawn. workload_cap: open reviews he may sit on at once (NULL: the
-- configured default, pilotcity.review.workload-cap).
CREATE TABLE pc_expert (
  id             BIGINT        AUTO_INCREMENT PRIMARY KEY,
  user_id        VARCHAR(64),
  name           VARCHAR(50)   NOT NULL,
  employer       VARCHAR(191)  NOT NULL,
  title          VARCHAR(50),
  province_code  CHAR(6)       NOT NULL,
  city_code      CHAR(6),
  active         BOOLEAN       NOT NULL,
  workload_cap   INT,
  created_at     DATETIME      NOT NULL,
  CONSTRAINT uq_expert_user UNIQUE (user_id),
  CONSTRAINT fk_expert_province FOREIGN KEY (province_code) REFERENCES pc_province (code),
  CONSTRAINT fk_expert_city FOREIGN KEY (city_code) REFERENCES pc_city (code)
);

-- Fields of expertise (专业领域), in the expert's own order.
CREATE TABLE pc_expert_field (
  expert_id  BIGINT        NOT NULL,
  position   INT           NOT NULL,
  field      VARCHAR(100)  NOT NULL,
  PRIMARY KEY (expert_id, position),
  CONSTRAINT fk_expert_field_expert FOREIGN KEY (expert_id) REFERENCES pc_expert (id)
);

-- Declared conflicts of interest: a city (kind CITY, city_code) or an organisation (kind EMPLOYER,
-- employer: a former employer, a client, a relative's employer). Such an expert is never drawn for an
-- application of that city, or one that names that organisation.
CREATE TABLE pc_expert_conflict (
  id           BIGINT         AUTO_INCREMENT PRIMARY KEY,
  expert_id    BIGINT         NOT NULL,
  kind         VARCHAR(20)    NOT NULL,
  city_code    CHAR(6),
  employer     VARCHAR(191),
  note         VARCHAR(500),
  declared_at  DATETIME       NOT NULL,
  CONSTRAINT fk_expert_conflict_expert FOREIGN KEY (expert_id) REFERENCES pc_expert (id),
  CONSTRAINT fk_expert_conflict_city FOREIGN KEY (city_code) REFERENCES pc_city (code)
);
CREATE INDEX ix_expert_conflict_expert ON pc_expert_conflict (expert_id);

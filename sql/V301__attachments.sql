-- Files attached to an application (the signed plan, supporting documents), kept in the database so that
-- every node of a cluster serves them and one backup holds everything. Stored in chunks of at most 1 MiB,
-- below MySQL's and MariaDB's packet limits.
CREATE TABLE pc_attachment (
  id              BIGINT        AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT        NOT NULL,
  kind            VARCHAR(20)   NOT NULL,
  file_name       VARCHAR(200)  NOT NULL,
  content_type    VARCHAR(100)  NOT NULL,
  size_bytes      BIGINT        NOT NULL,
  sha256          CHAR(64)      NOT NULL,
  uploaded_by     VARCHAR(64)   NOT NULL,
  uploaded_at     DATETIME      NOT NULL,
  deleted         BOOLEAN       DEFAULT FALSE NOT NULL,
  CONSTRAINT fk_attachment_application FOREIGN KEY (application_id) REFERENCES pc_application (id)
);
CREATE INDEX ix_attachment_application ON pc_attachment (application_id);

CREATE TABLE pc_attachment_chunk (
  attachment_id  BIGINT      NOT NULL,
  seq            INT         NOT NULL,
  data           MEDIUMBLOB  NOT NULL,
  PRIMARY KEY (attachment_id, seq),
  CONSTRAINT fk_chunk_attachment FOREIGN KEY (attachment_id) REFERENCES pc_attachment (id)
);

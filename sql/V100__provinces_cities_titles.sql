-- Reference data: provinces and prefecture-level cities (GB/T 2260 division codes) and the
-- titles a city holds. Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11.

CREATE TABLE pc_province (
  code        CHAR(6)     NOT NULL PRIMARY KEY,
  name        VARCHAR(50) NOT NULL,
  short_name  VARCHAR(20) NOT NULL
);

CREATE TABLE pc_city (
  code           CHAR(6)     NOT NULL PRIMARY KEY,
  name           VARCHAR(50) NOT NULL,
  province_code  CHAR(6)     NOT NULL,
  CONSTRAINT fk_city_province FOREIGN KEY (province_code) REFERENCES pc_province (code)
);

-- kind: DEMONSTRATION (国家知识产权示范城市), SME_PILOT (中小企业知识产权战略推进工程试点城市),
--       STRONG_CITY (知识产权强市)
-- status: ACTIVE, RECTIFICATION (督促整改), WITHDRAWN (取消资格), ENDED
CREATE TABLE pc_title (
  id          BIGINT       AUTO_INCREMENT PRIMARY KEY,
  city_code   CHAR(6)      NOT NULL,
  kind        VARCHAR(20)  NOT NULL,
  status      VARCHAR(20)  NOT NULL,
  granted_on  DATE         NOT NULL,
  ends_on     DATE,
  source      VARCHAR(200),
  CONSTRAINT fk_title_city FOREIGN KEY (city_code) REFERENCES pc_city (code),
  CONSTRAINT uq_title_city_kind UNIQUE (city_code, kind)
);

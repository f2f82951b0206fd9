-- R-SC-1: a city has at most one strong-city application under way, enforced by the database (two nodes, two
-- tabs or a retried request cannot both pass the check in code). The key is the city's code while the
-- application is under way and NULL once it has ended (NULLs do not collide in a unique index); the ended
-- statuses are those of ApplicationMapper.findActive. RTRIM: MariaDB refuses to index a generated column
-- that returns a CHAR column as it is (its value depends on the sql_mode PAD_CHAR_TO_FULL_LENGTH).
ALTER TABLE pc_application ADD COLUMN active_strong_city VARCHAR(6) GENERATED ALWAYS AS (
  CASE WHEN programme = 'STRONG_CITY'
        AND status NOT IN ('LATE', 'WITHDRAWN', 'ADMITTED', 'NOT_ADMITTED', 'ISSUED', 'REJECTED', 'LAPSED')
       THEN RTRIM(city_code) END);
CREATE UNIQUE INDEX uq_application_active_strong_city ON pc_application (active_strong_city);

-- Every notification (reminders, escalations, results) sent to a user, with its delivery status.
-- status: PENDING (transaction not yet committed), SENT (mail sent), LOGGED (mail off: written to the log),
--         NO_EMAIL (the user has no address), FAILED (the mail server refused; error kept)
CREATE TABLE pc_notification (
  id                   BIGINT        AUTO_INCREMENT PRIMARY KEY,
  recipient            VARCHAR(64)   NOT NULL,
  email                VARCHAR(255),
  subject              VARCHAR(300)  NOT NULL,
  body                 TEXT          NOT NULL,
  status               VARCHAR(20)   NOT NULL,
  error                VARCHAR(1000),
  process_instance_id  VARCHAR(64),
  task_id              VARCHAR(64),
  created_at           DATETIME      NOT NULL,
  sent_at              DATETIME
);
CREATE INDEX ix_notification_recipient ON pc_notification (recipient, created_at);
CREATE INDEX ix_notification_process ON pc_notification (process_instance_id);

-- Notifications are delivered after the step's commit by a background sender (NotificationOutbox); one that a
-- stopped node left PENDING, or SENDING for too long, is found again by this index and delivered then.
-- status: PENDING (to be sent), SENDING (claimed by one node's sender), SENT, LOGGED, NO_EMAIL, FAILED
CREATE INDEX ix_notification_status ON pc_notification (status, created_at);

-- When a file was deleted: its content is purged a retention period later (pilotcity.attachments.keep-deleted),
-- the record (name, size, digest, who uploaded it) stays with the application.
ALTER TABLE pc_attachment ADD COLUMN deleted_at DATETIME NULL;

package cn.pilotcity.attachment;

import java.time.LocalDateTime;

/** A stored file's description; its content is read separately. */
public record Attachment(Long id, long applicationId, AttachmentKind kind, String fileName, String contentType,
		long sizeBytes, String sha256, String uploadedBy, LocalDateTime uploadedAt) {
}

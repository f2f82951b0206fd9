package cn.pilotcity.attachment;

import java.time.LocalDateTime;

/** The row of a new file; MyBatis fills in the id. */
class NewAttachment {

	Long id;
	final long applicationId;
	final AttachmentKind kind;
	final String fileName;
	final String contentType;
	long sizeBytes;
	String sha256;
	final String uploadedBy;
	final LocalDateTime uploadedAt;

	NewAttachment(long applicationId, AttachmentKind kind, String fileName, String contentType, String uploadedBy,
			LocalDateTime uploadedAt) {
		this.applicationId = applicationId;
		this.kind = kind;
		this.fileName = fileName;
		this.contentType = contentType;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}
}

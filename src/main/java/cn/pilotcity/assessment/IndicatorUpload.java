package cn.pilotcity.assessment;

import java.time.LocalDateTime;

/** One upload of an indicator file: accepted, or rejected with its first errors (one per line). */
public record IndicatorUpload(Long id, long assessmentId, String cityCode, String fileName, long sizeBytes,
		boolean accepted, int valueCount, int errorCount, String errors, String uploadedBy, LocalDateTime uploadedAt) {
}

package cn.pilotcity.application;

import java.time.LocalDateTime;
import java.util.List;

/** A city's application to a programme. */
public record Application(Long id, Programme programme, String cityCode, Long batchId, ApplicationStatus status,
		int revision, String summary, String recommendationDoc, String processInstanceId, String createdBy,
		LocalDateTime createdAt, LocalDateTime updatedAt, List<String> clusters, List<String> organisations) {
}

package cn.pilotcity.review;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.AutomapConstructor;

/** A field visit (实地调研): who asked, when and with whom it is made, and what it found. */
public record FieldVisit(Long id, long reviewId, String requestedBy, LocalDate visitDate, String plan,
		String scheduledBy, LocalDateTime scheduledAt, String checklist, String findings, String outcome,
		String adjustedRecommendation, String recordedBy, LocalDateTime recordedAt, List<Long> team) {

	@AutomapConstructor
	FieldVisit(Long id, long reviewId, String requestedBy, LocalDate visitDate, String plan, String scheduledBy,
			LocalDateTime scheduledAt, String checklist, String findings, String outcome,
			String adjustedRecommendation, String recordedBy, LocalDateTime recordedAt) {
		this(id, reviewId, requestedBy, visitDate, plan, scheduledBy, scheduledAt, checklist, findings, outcome,
				adjustedRecommendation, recordedBy, recordedAt, List.of());
	}

	FieldVisit withTeam(List<Long> team) {
		return new FieldVisit(id, reviewId, requestedBy, visitDate, plan, scheduledBy, scheduledAt, checklist,
				findings, outcome, adjustedRecommendation, recordedBy, recordedAt, List.copyOf(team));
	}
}

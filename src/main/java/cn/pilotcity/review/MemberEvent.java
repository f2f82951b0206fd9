package cn.pilotcity.review;

import java.time.LocalDateTime;

/** Something that happened to a panel, with who, when and why (R-X-1). */
public record MemberEvent(Long id, long reviewId, Long expertId, String event, Integer seat, String reason,
		String actor, LocalDateTime happenedAt, String taskId) {

	static final String DRAWN = "DRAWN";
	static final String REDRAWN = "REDRAWN";
	static final String ADDED = "ADDED";
	static final String REMOVED = "REMOVED";
	static final String CONFIRMED = "CONFIRMED";
	static final String CHAIR = "CHAIR";
	static final String RECUSED = "RECUSED";
	static final String HANDED_OVER = "HANDED_OVER";
	static final String PROMOTED = "PROMOTED";
	static final String SKIPPED = "SKIPPED";
	static final String VACATED = "VACATED";
}

package cn.pilotcity.review;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

import org.apache.ibatis.annotations.AutomapConstructor;

/** One expert's assessment in one scoring pass: a score per criterion, opinion, recommendation. */
public record Assessment(Long id, long reviewId, long expertId, int scoringPass, int seat, BigDecimal total,
		String recommendation, String opinion, String guidance, boolean fieldVisitRequested, String fieldVisitReason,
		String submittedBy, LocalDateTime submittedAt, String taskId, Map<String, BigDecimal> scores) {

	@AutomapConstructor
	Assessment(Long id, long reviewId, long expertId, int scoringPass, int seat, BigDecimal total,
			String recommendation, String opinion, String guidance, boolean fieldVisitRequested,
			String fieldVisitReason, String submittedBy, LocalDateTime submittedAt, String taskId) {
		this(id, reviewId, expertId, scoringPass, seat, total, recommendation, opinion, guidance, fieldVisitRequested,
				fieldVisitReason, submittedBy, submittedAt, taskId, Map.of());
	}

	/** One criterion's score of an assessment. */
	record Score(long assessmentId, String criterionCode, BigDecimal score) {
	}

	static final String APPROVE = "APPROVE";
	static final String REVISE = "REVISE";
	static final String REJECT = "REJECT";

	Assessment withScores(Map<String, BigDecimal> scores) {
		return new Assessment(id, reviewId, expertId, scoringPass, seat, total, recommendation, opinion, guidance,
				fieldVisitRequested, fieldVisitReason, submittedBy, submittedAt, taskId, Map.copyOf(scores));
	}

	static String label(String recommendation) {
		return switch (recommendation == null ? "" : recommendation) {
			case APPROVE -> "建议通过";
			case REVISE -> "修改完善后再议";
			case REJECT -> "不建议通过";
			case "FIELD_VISIT" -> "先行实地调研";
			default -> "";
		};
	}
}

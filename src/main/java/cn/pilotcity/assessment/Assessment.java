package cn.pilotcity.assessment;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import cn.pilotcity.city.TitleKind;

/** One annual assessment of a title (R-AA-1): the city's report (R-AA-2), scores (R-AA-3) and grade (R-AA-5). */
public record Assessment(Long id, long titleId, String cityCode, TitleKind titleKind, int assessedYear,
		AssessmentStatus status, String processInstanceId, LocalDateTime openedAt, String measures, String results,
		String problems, String nextPlan, String suggestions, String submittedBy, LocalDateTime submittedAt,
		boolean late, boolean reportMissing, BigDecimal objectiveScore, BigDecimal subjectiveScore,
		BigDecimal totalScore, Integer unfinishedMandatory, Grade grade, String gradeReason, boolean prioritySupport,
		String gradedBy, LocalDateTime gradedAt) {
}

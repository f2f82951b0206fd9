package cn.pilotcity.lifecycle;

import java.time.LocalDateTime;

/** R-SC-8: a three-year third-party review of a title, with the evaluator's rating and the DMN's outcome. */
public record Review(Long id, long titleId, String cityCode, int firstYear, int lastYear, String status,
		String processInstanceId, LocalDateTime openedAt, String evaluator, String report, String rating, String outcome,
		String outcomeReason, boolean promoted, LocalDateTime decidedAt) {
}

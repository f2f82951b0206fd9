package cn.pilotcity.lifecycle;

import java.time.LocalDateTime;

/** R-SC-8: one round of supervised rectification (督促整改): notice, plan, report, re-review. */
public record Rectification(Long id, long titleId, String cityCode, long reviewId, int roundNo, String reasons,
		LocalDateTime noticeAt, LocalDateTime deadline, String plan, String planBy, LocalDateTime planAt, String report,
		String reportBy, LocalDateTime reportAt, String outcome, String decidedBy, LocalDateTime decidedAt,
		String opinion, String processInstanceId) {
}

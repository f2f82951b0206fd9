package cn.pilotcity.decision;

import java.time.LocalDateTime;

/** One decision (审批意见) taken in a task: by whom, when, with what outcome and written opinion. */
public record Decision(Long id, String subjectType, long subjectId, String cityCode, String step, String stepName,
		String outcome, String opinion, String docNumber, String decidedBy, LocalDateTime decidedAt,
		String processInstanceId, String taskId) {
}

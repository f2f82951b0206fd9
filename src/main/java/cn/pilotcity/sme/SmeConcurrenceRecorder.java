package cn.pilotcity.sme;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.Applications;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.identity.CurrentUser;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;

/**
 * R-SME-6, R-X-1: MIIT co-decides the batch with CNIPA: it concurs with the proposed list or returns it with
 * an opinion. Recorded as one decision per application, so each city's history shows both ministries.
 */
@Component("smeConcurrenceRecorder")
class SmeConcurrenceRecorder implements TaskListener {

	private final Applications applications;
	private final Decisions decisions;

	private static final DateTimeFormatter RETURNED_AT = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

	private final CurrentUser currentUser;
	private final SmeDeterminationList determinationList;

	SmeConcurrenceRecorder(Applications applications, Decisions decisions, CurrentUser currentUser,
			SmeDeterminationList determinationList) {
		this.determinationList = determinationList;
		this.currentUser = currentUser;
		this.applications = applications;
		this.decisions = decisions;
	}

	@Override
	public void notify(DelegateTask task) {
		Object decision = task.getVariable("miitDecision");
		if (decision == null || !List.of("AGREE", "RETURN").contains(decision)) {
			throw new InvalidInputException("请选择办理结果");
		}
		Object opinion = task.getVariable("miitOpinion");
		String text = opinion == null ? "" : opinion.toString().strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("请填写办理意见");
		}
		if (text.length() > SmeProposalRecorder.MAX_OPINION) {
			throw new InvalidInputException("办理意见不能超过 " + SmeProposalRecorder.MAX_OPINION + " 字");
		}
		String outcome = "AGREE".equals(decision) ? "CONCUR" : "RETURN";
		if ("RETURN".equals(outcome)) {
			// the national office's reopened list says who returned it, when and why (the why is miitOpinion)
			task.getExecution().setVariable("miitReturnedBy", "工业和信息化部" + currentUser.displayName().map(n -> " " + n).orElse(""));
			task.getExecution().setVariable("miitReturnedAt", EngineClock.now().format(RETURNED_AT));
		}
		for (SmeProposal.Item item : determinationList.items(((Number) task.getVariable("batchId")).longValue())) {
			decisions.recordIn(task, "APPLICATION", item.applicationId(), applications.get(item.applicationId()).cityCode(),
					outcome, text, null);
		}
	}
}

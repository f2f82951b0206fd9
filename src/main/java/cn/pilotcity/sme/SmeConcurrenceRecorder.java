package cn.pilotcity.sme;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.pilotcity.decision.Decisions;
import cn.pilotcity.system.InvalidInputException;

/**
 * R-SME-6, R-X-1: MIIT co-decides the batch with CNIPA: it concurs with the proposed list or returns it with
 * an opinion. Recorded as one decision per application, so each city's history shows both ministries.
 */
@Component("smeConcurrenceRecorder")
class SmeConcurrenceRecorder implements TaskListener {

	static final String STEP = "Task_MiitConcurrence";

	private final Decisions decisions;
	private final SmeDeterminationList determinationList;

	SmeConcurrenceRecorder(Decisions decisions, SmeDeterminationList determinationList) {
		this.determinationList = determinationList;
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
		if (text.length() > SmeDeterminationWorklist.MAX_OPINION) {
			throw new InvalidInputException("办理意见不能超过 " + SmeDeterminationWorklist.MAX_OPINION + " 字");
		}
		String outcome = "AGREE".equals(decision) ? "CONCUR" : "RETURN";
		for (SmeDeterminationList.Proposed item : determinationList.of(SmeBatchVariables.of(task).batchId())) {
			decisions.recordIn(task, "APPLICATION", item.application().id(), item.application().cityCode(), outcome, text, null);
		}
		SmeBatchVariables.concurrence(task.getExecution(), outcome);
	}
}

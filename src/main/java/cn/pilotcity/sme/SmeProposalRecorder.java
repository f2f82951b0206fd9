package cn.pilotcity.sme;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.pilotcity.decision.Decisions;
import cn.pilotcity.decision.DocNumbers;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.ValidationFailedException;

/**
 * R-SME-6, R-X-1: the national office's determination of a batch: for every application awaiting it,
 * admitted or not, with an opinion per city, as saved on the list page (never from the form's submission,
 * which carries only the notice's 文号). Checked on the server and recorded as one decision per application.
 */
@Component("smeProposalRecorder")
class SmeProposalRecorder implements TaskListener {

	private final Decisions decisions;
	private final SmeBatches batches;
	private final SmeDeterminationWorklist worklist;

	SmeProposalRecorder(Decisions decisions, SmeBatches batches, SmeDeterminationWorklist worklist) {
		this.batches = batches;
		this.decisions = decisions;
		this.worklist = worklist;
	}

	@Override
	public void notify(DelegateTask task) {
		long batchId = SmeBatchVariables.of(task).batchId();
		List<SmeDeterminationWorklist.Line> lines = worklist.lines(batchId);
		List<String> missing = lines.stream().filter(l -> l.opinion().isBlank()).map(l -> "请填写对" + l.cityName() + "的审定意见")
				.toList();
		if (!missing.isEmpty()) {
			throw new ValidationFailedException("还有 " + missing.size() + " 个城市没有审定意见,请在拟定名单页面填写并保存", missing);
		}
		Object noticeDocNumber = task.getVariable("noticeDocNumber");
		if (noticeDocNumber == null || noticeDocNumber.toString().isBlank()) {
			throw new InvalidInputException("请填写公布通知的文号");
		}
		batches.recordNoticeDocNumber(batchId, DocNumbers.check(noticeDocNumber.toString()));
		for (SmeDeterminationWorklist.Line line : lines) {
			decisions.recordIn(task, "APPLICATION", line.applicationId(), line.cityCode(), line.admitted() ? "ADMIT" : "NOT_ADMIT",
					line.opinion(), null);
		}
	}
}

package cn.pilotcity.sme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-SME-2: the national office opens a batch with its name, year, opening day and deadline. */
@Component("openSmeBatch")
class OpenSmeBatch implements JavaDelegate {

	private final SmeBatches batches;

	OpenSmeBatch(SmeBatches batches) {
		this.batches = batches;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object year = execution.getVariable("batchYear");
		SmeBatch batch = batches.open((String) execution.getVariable("batchName"),
				year instanceof Number n ? n.intValue() : null, Dates.parse(execution.getVariable("opensOn"), "开始申报日期"),
				Dates.parse(execution.getVariable("lastDay"), "申报截止日期"), execution.getProcessInstanceId(),
				(String) execution.getVariable("initiator"));
		execution.setProcessBusinessKey("SME-BATCH-" + batch.id());
		execution.setVariable("batchId", batch.id());
		execution.setVariable("batchName", batch.name());
		execution.setVariable("batchDeadline", Dates.toDate(batch.deadline()));
		execution.setVariable("batchDeadlineText", Dates.minute(batch.deadline()));
		execution.setVariable("subject", "中小企业知识产权战略推进工程 · " + batch.name());
	}
}

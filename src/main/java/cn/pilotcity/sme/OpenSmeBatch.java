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
		SmeBatchVariables variables = SmeBatchVariables.of(execution);
		Object year = variables.startField("batchYear");
		SmeBatch batch = batches.open((String) variables.startField("batchName"),
				year instanceof Number n ? n.intValue() : null, Dates.parse(variables.startField("opensOn"), "开始申报日期"),
				Dates.parse(variables.startField("lastDay"), "申报截止日期"), execution.getProcessInstanceId(),
				variables.initiator());
		execution.setProcessBusinessKey("SME-BATCH-" + batch.id());
		variables.opened(batch);
	}
}

package cn.pilotcity.sme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.pilotcity.decision.Returns;

/**
 * What the batch's forms show, filled from our tables when each task is created: the input parameters of its
 * user tasks ({@code ${smeBatchForms.batchName(execution)}}) are local to the task, and so is what the user
 * submits into the fields declared there; it goes when the task completes.
 */
@Component("smeBatchForms")
public class SmeBatchForms {

	private final SmeBatches batches;
	private final SmeDeterminationWorklist worklist;
	private final SmeDeterminationList determinationList;
	private final Returns returns;

	SmeBatchForms(SmeBatches batches, SmeDeterminationWorklist worklist, SmeDeterminationList determinationList,
			Returns returns) {
		this.batches = batches;
		this.worklist = worklist;
		this.determinationList = determinationList;
		this.returns = returns;
	}

	public String batchName(DelegateExecution execution) {
		return batch(execution).name();
	}

	public int proposalCount(DelegateExecution execution) {
		return worklist.lines(SmeBatchVariables.of(execution).batchId()).size();
	}

	/** R-X-1: who of MIIT returned the list, when and why; null before any return. */
	public String returnNote(DelegateExecution execution) {
		return worklist.lines(SmeBatchVariables.of(execution).batchId()).stream().findFirst()
				.flatMap(line -> returns.describeLastReturn("APPLICATION", line.applicationId(), "RETURN",
						SmeConcurrenceRecorder.STEP))
				.orElse(null);
	}

	/** The 文号 given the last time the list was submitted (after a return), else none yet. */
	public String noticeDocNumber(DelegateExecution execution) {
		return batch(execution).noticeDocNumber();
	}

	public String proposalView(DelegateExecution execution) {
		return determinationList.view(SmeBatchVariables.of(execution).batchId());
	}

	private SmeBatch batch(DelegateExecution execution) {
		return batches.get(SmeBatchVariables.of(execution).batchId());
	}
}

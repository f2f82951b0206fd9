package cn.pilotcity.sme;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of {@code sme-batch.bpmn}, the only ones it holds at process scope: the batch's id, the
 * deadline its timer waits for, the inputs of its gateways and the Tasklist's card label. The batch itself
 * (name, dates, the list, opinions, the 文号) lives in our tables; the forms are filled from them per task.
 */
final class SmeBatchVariables {

	static final String BATCH_ID = "batchId";
	static final String BATCH_DEADLINE = "batchDeadline";
	static final String PENDING_REVIEWS = "pendingReviews";
	static final String AWAITING_DETERMINATION = "awaitingDetermination";
	static final String CONCURRENCE = "concurrence";
	static final String SUBJECT = "subject";
	static final String INITIATOR = "initiator";

	/** The start form's fields: read once when the batch is opened, then removed. */
	static final List<String> START_FORM = List.of("batchName", "batchYear", "opensOn", "lastDay");

	private final VariableScope scope;

	private SmeBatchVariables(VariableScope scope) {
		this.scope = scope;
	}

	static SmeBatchVariables of(VariableScope scope) {
		return new SmeBatchVariables(scope);
	}

	long batchId() {
		return ((Number) scope.getVariable(BATCH_ID)).longValue();
	}

	String initiator() {
		return (String) scope.getVariable(INITIATOR);
	}

	Object startField(String name) {
		return scope.getVariable(name);
	}

	/** The batch as opened: its id, its deadline for the timer and the card label; the start form's fields go. */
	void opened(SmeBatch batch) {
		scope.setVariable(BATCH_ID, batch.id());
		scope.setVariable(BATCH_DEADLINE, Dates.toDate(batch.deadline()));
		scope.setVariable(SUBJECT, subject(batch));
		scope.removeVariables(START_FORM);
	}

	String subject() {
		return (String) scope.getVariable(SUBJECT);
	}

	static String subject(SmeBatch batch) {
		return "中小企业知识产权战略推进工程 · " + batch.name();
	}

	void progress(long pendingReviews, long awaitingDetermination) {
		scope.setVariable(PENDING_REVIEWS, pendingReviews);
		scope.setVariable(AWAITING_DETERMINATION, awaitingDetermination);
	}

	/** MIIT's concurrence, CONCUR or RETURN, as its recorder checked it: the gateway after its task reads it. */
	static void concurrence(DelegateExecution execution, String outcome) {
		execution.getProcessInstance().setVariable(CONCURRENCE, outcome);
	}
}

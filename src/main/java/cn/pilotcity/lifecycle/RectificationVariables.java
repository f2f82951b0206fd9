package cn.pilotcity.lifecycle;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of {@code rectification.bpmn}, the only ones it holds at process scope: what the lifecycle passes
 * in ({@link LifecycleInputs}, the review that asked for rectification), the round's id, number and deadline (its
 * timer), the number of rounds (the gateway), the card label, the re-review's outcome (the gateway, set by the
 * decision record) and the outcome handed back to the lifecycle. Reasons, plans, reports and opinions live in
 * {@code pc_rectification} and the record of decisions.
 */
final class RectificationVariables {

	private final VariableScope scope;

	private RectificationVariables(VariableScope scope) {
		this.scope = scope;
	}

	static RectificationVariables of(VariableScope scope) {
		return new RectificationVariables(scope);
	}

	LifecycleInputs lifecycle() {
		return LifecycleInputs.of(scope);
	}

	long reviewId() {
		return ((Number) scope.getVariable("reviewId")).longValue();
	}

	long rectificationId() {
		return ((Number) scope.getVariable("rectificationId")).longValue();
	}

	/** The round under way: 1 until the first round is opened. */
	int round() {
		return scope.getVariable("rectificationRound") instanceof Number n ? n.intValue() : 1;
	}

	void opened(long rectificationId, int round, int rounds, Date deadline, String subject) {
		scope.setVariable("rectificationId", rectificationId);
		scope.setVariable("rectificationRound", round);
		scope.setVariable("rectificationRounds", rounds);
		scope.setVariable("rectificationDeadline", deadline);
		scope.setVariable("subject", subject);
	}

	/** Another round follows; the last re-review's outcome goes. */
	void nextRound() {
		scope.setVariable("rectificationRound", round() + 1);
		scope.removeVariable("reReviewDecision");
	}

	/** What the lifecycle reads: PASSED or WITHDRAWN. */
	void outcome(String outcome) {
		scope.setVariable("rectificationOutcome", outcome);
	}
}

package cn.pilotcity.lifecycle;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of {@code three-year-review.bpmn}, the only ones it holds at process scope: what the lifecycle
 * passes in ({@link LifecycleInputs}, the cycle's first and last year), the review's id, the years' label and the
 * card label, the review table's inputs (failed and excellent years, the evaluator's rating set by the decision
 * record) and its outcome. The annual results, the report and the reason live in our tables.
 */
final class ThreeYearReviewVariables {

	private final VariableScope scope;

	private ThreeYearReviewVariables(VariableScope scope) {
		this.scope = scope;
	}

	static ThreeYearReviewVariables of(VariableScope scope) {
		return new ThreeYearReviewVariables(scope);
	}

	LifecycleInputs lifecycle() {
		return LifecycleInputs.of(scope);
	}

	int lastYear() {
		return ((Number) scope.getVariable("lastYear")).intValue();
	}

	/** The cycle's first year (never after its last). */
	int firstYear() {
		return Math.min(((Number) scope.getVariable("firstYear")).intValue(), lastYear());
	}

	long reviewId() {
		return ((Number) scope.getVariable("reviewId")).longValue();
	}

	String reviewYears() {
		return (String) scope.getVariable("reviewYears");
	}

	/** The review opened: its id, the years it covers, the table's inputs from the annual results, the card label. */
	void opened(long reviewId, String years, int failedYears, int excellentYears) {
		scope.setVariable("reviewId", reviewId);
		scope.setVariable("reviewYears", years);
		scope.setVariable("failedYears", failedYears);
		scope.setVariable("excellentYears", excellentYears);
		scope.setVariable("subject", lifecycle().cityName() + " · 三年第三方评估(" + years + ")");
	}

	String outcome() {
		return (String) scope.getVariable("reviewOutcome");
	}

	String rating() {
		return (String) scope.getVariable("evaluationRating");
	}

	int failedYears() {
		return ((Number) scope.getVariable("failedYears")).intValue();
	}

	int excellentYears() {
		return ((Number) scope.getVariable("excellentYears")).intValue();
	}
}

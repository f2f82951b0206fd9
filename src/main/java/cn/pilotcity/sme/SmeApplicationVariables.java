package cn.pilotcity.sme;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

import cn.pilotcity.application.ApplicationContent;
import cn.pilotcity.application.ConditionRating;

/**
 * The variables of {@code sme-application.bpmn}, the only ones it holds at process scope: the application's,
 * city's, province's and batch's ids and codes (with the names the Tasklist shows), the batch's deadline for its
 * timers, the card label, the eligibility table's inputs ({@code condition1…4}, from the stored self-assessment)
 * and output, and the gateways' inputs ({@code cityAction}, {@code provIpDecision}, {@code provSmeDecision},
 * {@code completenessDecision}, set by the decision record; {@code receivedInTime}; {@code admitted}, sent by the
 * batch). The plan, the opinions and the 文号 live in our tables; the forms are filled from them per task
 * ({@link SmeApplicationForms}).
 */
final class SmeApplicationVariables {

	static final String APPLICATION_ID = "applicationId";
	static final String BATCH_ID = "batchId";
	static final String CITY_CODE = "cityCode";
	static final String CITY_NAME = "cityName";
	static final String PROVINCE_CODE = "provinceCode";
	static final String PROVINCE_NAME = "provinceName";
	static final String BATCH_DEADLINE = "batchDeadline";
	static final String SUBJECT = "subject";
	static final String ELIGIBILITY = "eligibility";
	static final String RECEIVED_IN_TIME = "receivedInTime";
	static final String ADMITTED = "admitted";

	/**
	 * The gateways' inputs of one round of drafting and recommendation, cleared before the next (the eligibility
	 * table's output stays: the returned draft shows its reason; the next submission evaluates it again).
	 */
	static final List<String> ROUND = List.of("cityAction", "provIpDecision", "provSmeDecision");

	private final VariableScope scope;

	private SmeApplicationVariables(VariableScope scope) {
		this.scope = scope;
	}

	static SmeApplicationVariables of(VariableScope scope) {
		return new SmeApplicationVariables(scope);
	}

	long applicationId() {
		return ((Number) scope.getVariable(APPLICATION_ID)).longValue();
	}

	long batchId() {
		return ((Number) scope.getVariable(BATCH_ID)).longValue();
	}

	String cityCode() {
		return (String) scope.getVariable(CITY_CODE);
	}

	String cityName() {
		return (String) scope.getVariable(CITY_NAME);
	}

	String provinceCode() {
		return (String) scope.getVariable(PROVINCE_CODE);
	}

	String provinceName() {
		return (String) scope.getVariable(PROVINCE_NAME);
	}

	String subject() {
		return (String) scope.getVariable(SUBJECT);
	}

	/** The eligibility table's reason, where it refused (its output, at process scope until the next round). */
	String ineligibleReason() {
		Object eligibility = scope.getVariable(ELIGIBILITY);
		return eligibility instanceof Map<?, ?> map && map.get("reason") != null ? map.get("reason").toString() : null;
	}

	/** The eligibility table's inputs: the self-assessment of the four conditions as stored. */
	void eligibilityInputs(ApplicationContent content) {
		for (ConditionRating condition : content.conditions()) {
			scope.setVariable(SmePlan.conditionVariable(condition.conditionNo()), condition.rating());
		}
	}

	void receivedInTime(boolean inTime) {
		scope.setVariable(RECEIVED_IN_TIME, inTime);
	}

	static void newRound(DelegateExecution execution) {
		execution.removeVariables(ROUND);
	}
}

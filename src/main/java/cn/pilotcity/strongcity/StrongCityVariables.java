package cn.pilotcity.strongcity;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.pilotcity.city.City;

/**
 * The variables of {@code strong-city-application.bpmn}, the only ones it holds at process scope: the
 * application's id, the city's and province's codes and names, the round, the card label, the review of the round
 * and its recommendation (the gateway's input), the decision outcomes the decision record sets for the gateways.
 * The city's note on a submission ({@code planNote}) passes through to the submission step in the same transaction
 * and is removed there. The plan, opinions, scores and documents live in our tables ({@link StrongCityRecord}).
 */
final class StrongCityVariables {

	static final String APPLICATION_ID = "applicationId";
	static final String ROUND = "round";
	static final String SUBJECT = "subject";
	static final String PLAN_NOTE = "planNote";

	/** The gateways' inputs of one round (the decisions, the panel's recommendation and its review), cleared before the next. */
	static final List<String> ROUND_INPUTS = List.of("provGuidanceDecision", "formalCheckDecision", "panelRecommendation",
			"reviewId");

	private final VariableScope scope;

	private StrongCityVariables(VariableScope scope) {
		this.scope = scope;
	}

	static StrongCityVariables of(VariableScope scope) {
		return new StrongCityVariables(scope);
	}

	void started(long applicationId, City city) {
		scope.setVariable(APPLICATION_ID, applicationId);
		scope.setVariable("cityCode", city.code());
		scope.setVariable("cityName", city.name());
		scope.setVariable("provinceCode", city.provinceCode());
		scope.setVariable("provinceName", city.provinceName());
		scope.setVariable(ROUND, 0);
		scope.setVariable(SUBJECT, city.name() + " · 知识产权强市建设方案");
	}

	long applicationId() {
		return ((Number) scope.getVariable(APPLICATION_ID)).longValue();
	}

	String cityCode() {
		return (String) scope.getVariable("cityCode");
	}

	String cityName() {
		return (String) scope.getVariable("cityName");
	}

	String provinceCode() {
		return (String) scope.getVariable("provinceCode");
	}

	String provinceName() {
		return (String) scope.getVariable("provinceName");
	}

	String subject() {
		return (String) scope.getVariable(SUBJECT);
	}

	String initiator() {
		return (String) scope.getVariable("initiator");
	}

	int round() {
		return scope.getVariable(ROUND) instanceof Number n ? n.intValue() : 0;
	}

	/** R-SC-5: a new round; its number is in the Tasklist's card. */
	int nextRound() {
		int round = round() + 1;
		scope.setVariable(ROUND, round);
		scope.setVariable(SUBJECT, cityName() + " · 知识产权强市建设方案 · 第" + round + "轮论证");
		return round;
	}

	long reviewId() {
		return ((Number) scope.getVariable("reviewId")).longValue();
	}

	/** The city's note on its submission, taken once (it leaves the process). */
	String takePlanNote() {
		Object note = scope.getVariable(PLAN_NOTE);
		scope.removeVariable(PLAN_NOTE);
		return note == null ? null : note.toString();
	}

	void newRound() {
		scope.removeVariables(ROUND_INPUTS);
	}
}

package cn.pilotcity.lifecycle;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.pilotcity.city.City;
import cn.pilotcity.city.Title;

/**
 * The variables of {@code title-lifecycle.bpmn}, the only ones it holds at process scope: the title, its kind, the
 * city and province (codes and names, passed on to the processes it calls), the card label, the term's end and the
 * next assessment day (its timers), the years and the cycle it counts, what comes next and whether the title is
 * held (its gateways), and what the processes it calls hand back (grade, review, rectification outcome).
 */
final class LifecycleVariables {

	private final VariableScope scope;

	private LifecycleVariables(VariableScope scope) {
		this.scope = scope;
	}

	static LifecycleVariables of(VariableScope scope) {
		return new LifecycleVariables(scope);
	}

	long titleId() {
		return ((Number) scope.getVariable("titleId")).longValue();
	}

	String titleKind() {
		return (String) scope.getVariable("titleKind");
	}

	/** The title and its city, for the card, the called processes and the term's timer. */
	void started(Title title, City city, Date termEndsOn) {
		scope.setVariable("cityCode", city.code());
		scope.setVariable("cityName", city.name());
		scope.setVariable("provinceCode", city.provinceCode());
		scope.setVariable("provinceName", city.provinceName());
		scope.setVariable("titleKind", title.kind().name());
		scope.setVariable("subject", city.name() + " · " + title.kind().label() + "考核周期");
		scope.setVariable("termEndsOn", termEndsOn);
	}

	/** The first cycle, whose first assessment (of {@code year}) falls due at {@code at}. */
	void firstAssessment(Date at, int year) {
		scope.setVariable("nextAssessmentAt", at);
		scope.setVariable("assessmentYear", year);
		scope.setVariable("cycle", 1);
		scope.setVariable("yearInCycle", 0);
		scope.setVariable("cycleFirstYear", year);
		scope.setVariable("lastAssessedYear", year - 1);
	}

	int assessmentYear() {
		return ((Number) scope.getVariable("assessmentYear")).intValue();
	}

	int yearInCycle() {
		return ((Number) scope.getVariable("yearInCycle")).intValue();
	}

	Date termEndsOn() {
		return (Date) scope.getVariable("termEndsOn");
	}

	Date nextAssessmentAt() {
		return (Date) scope.getVariable("nextAssessmentAt");
	}

	/** The year's assessment is done; the next one is of the following year, due at {@code nextAt}. */
	void assessed(Date nextAt) {
		int year = assessmentYear();
		scope.setVariable("yearInCycle", yearInCycle() + 1);
		scope.setVariable("lastAssessedYear", year);
		scope.setVariable("assessmentYear", year + 1);
		scope.setVariable("nextAssessmentAt", nextAt);
	}

	void nextCycle() {
		scope.setVariable("cycle", ((Number) scope.getVariable("cycle")).intValue() + 1);
		scope.setVariable("yearInCycle", 0);
		scope.setVariable("cycleFirstYear", assessmentYear());
	}

	void nextStep(String step) {
		scope.setVariable("nextStep", step);
	}

	void titleHeld(boolean held) {
		scope.setVariable("titleHeld", held);
	}
}

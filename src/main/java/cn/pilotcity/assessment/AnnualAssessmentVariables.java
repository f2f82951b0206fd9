package cn.pilotcity.assessment;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of {@code annual-assessment.bpmn}, the only ones it holds at process scope. Passed in by the
 * lifecycle: {@code titleId}, {@code cityCode}, {@code cityName}, {@code provinceCode}, {@code provinceName},
 * {@code titleKind}, {@code assessmentYear}. Set here: the assessment's id, the Tasklist's card label, the
 * escalation's groups, the gateways' inputs ({@code provinceDecision}, {@code cnipaDecision}, set by the decision
 * record) and the grade table's inputs and output. The report, the scores and the opinions live in our tables; the
 * forms are filled from them per task ({@link AnnualAssessmentForms}).
 */
final class AnnualAssessmentVariables {

	static final String ASSESSMENT_ID = "assessmentId";
	static final String SUBJECT = "subject";
	static final String REPORT_SUPERVISORS = "reportSupervisors";
	static final String REPORT_SUBMITTED = "reportSubmitted";
	static final String TOTAL_SCORE = "totalScore";
	static final String UNFINISHED_MANDATORY = "unfinishedMandatory";
	static final String GRADE = "grade";

	/** The gateways' inputs, cleared when the city revises. */
	static final List<String> ROUND = List.of("provinceDecision", "cnipaDecision");

	private final VariableScope scope;

	private AnnualAssessmentVariables(VariableScope scope) {
		this.scope = scope;
	}

	static AnnualAssessmentVariables of(VariableScope scope) {
		return new AnnualAssessmentVariables(scope);
	}

	long assessmentId() {
		return number(ASSESSMENT_ID).longValue();
	}

	long titleId() {
		return number("titleId").longValue();
	}

	int year() {
		return number("assessmentYear").intValue();
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

	String titleKind() {
		return (String) scope.getVariable("titleKind");
	}

	boolean returnedByCnipa() {
		return "RETURN".equals(scope.getVariable("cnipaDecision"));
	}

	void opened(long assessmentId, String subject, String reportSupervisors) {
		scope.setVariable(ASSESSMENT_ID, assessmentId);
		scope.setVariable(SUBJECT, subject);
		scope.setVariable(REPORT_SUPERVISORS, reportSupervisors);
	}

	void newRound() {
		scope.removeVariables(ROUND);
	}

	/**
	 * The grade table's inputs (annual-grade.dmn), at process scope: the scoring form shows a value of the same
	 * name in its own scope.
	 */
	static void gradeInputs(DelegateExecution execution, boolean reportSubmitted, double totalScore, int unfinishedMandatory) {
		DelegateExecution process = execution.getProcessInstance();
		process.setVariable(REPORT_SUBMITTED, reportSubmitted);
		process.setVariable(TOTAL_SCORE, totalScore);
		process.setVariable(UNFINISHED_MANDATORY, unfinishedMandatory);
	}

	String grade() {
		return (String) scope.getVariable(GRADE);
	}

	private Number number(String name) {
		Object value = scope.getVariable(name);
		if (!(value instanceof Number number)) {
			throw new IllegalStateException("Variable " + name + " is missing");
		}
		return number;
	}
}

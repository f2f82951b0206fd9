package cn.pilotcity.assessment;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.pilotcity.city.TitleKind;
import cn.pilotcity.deadline.Deadlines;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.notification.Notice;
import cn.pilotcity.notification.Notifications;

/**
 * The service steps of {@code annual-assessment.bpmn}, called by expression
 * ({@code ${annualAssessmentSteps.open(execution)}}). Variables ({@link AnnualAssessmentVariables}) carry ids and
 * the inputs of gateways and of the DMN table; the report, the indicator data and the scores live in our tables.
 */
@Component("annualAssessmentSteps")
public class AnnualAssessmentSteps {

	private final Assessments assessments;
	private final Notifications notifications;
	private final Deadlines deadlines;

	AnnualAssessmentSteps(Assessments assessments, Notifications notifications, Deadlines deadlines) {
		this.assessments = assessments;
		this.notifications = notifications;
		this.deadlines = deadlines;
	}

	/** R-AA-1: opens the assessment of the previous year with the work plan's tasks (R-AA-4) and tells the city. */
	public void open(DelegateExecution execution) {
		AnnualAssessmentVariables variables = AnnualAssessmentVariables.of(execution);
		TitleKind kind = TitleKind.valueOf(variables.titleKind());
		int year = variables.year();
		long id = assessments.open(variables.titleId(), variables.cityCode(), kind, year, execution.getProcessInstanceId());
		// R-X-2: an overdue report is escalated to the province and the national office
		variables.opened(id, variables.cityName() + " · " + year + " 年度" + kind.label() + "考核",
				Roles.provincialIpOffice(variables.provinceCode()) + "," + Roles.CNIPA);
		int tasks = assessments.tasks(id).size();
		if (tasks > AnnualAssessmentForms.MAX_TASKS) {
			throw new IllegalStateException("The work plan has " + tasks + " tasks; the form annual-report shows "
					+ AnnualAssessmentForms.MAX_TASKS);
		}
		notifications.toGroups(List.of(Roles.city(variables.cityCode())), new Notice(
				"【年度考核】请提交 " + year + " 年度工作报告和指标数据",
				variables.cityName() + ":国家知识产权局启动 " + year + " 年度" + kind.label()
						+ "考核。请在任务列表中办理“提交年度考核材料”,先下载本市本年度的指标数据模板并上传,再填写年度报告(工作措施、取得成效、存在问题、"
						+ "下一步工作计划、意见建议)和工作计划任务的完成情况。办理期限:" + deadlines.length("annual-report").toDays() + " 天。",
				execution.getProcessInstanceId(), null));
	}

	/** The province or the national office returned the report: the city revises it (its form says who and why). */
	public void returned(DelegateExecution execution) {
		AnnualAssessmentVariables variables = AnnualAssessmentVariables.of(execution);
		variables.newRound();
		assessments.markReturned(variables.assessmentId());
	}

	/** R-AA-3, R-AA-4: the objective score from the indicator system, and the unfinished mandatory tasks. */
	public void prepareScoring(DelegateExecution execution) {
		assessments.computeObjective(AnnualAssessmentVariables.of(execution).assessmentId());
	}

	/** The final cutoff passed without a report: the DMN will grade it 不合格 (seeds 000/003, R-X-2). */
	public void reportMissing(DelegateExecution execution) {
		AnnualAssessmentVariables variables = AnnualAssessmentVariables.of(execution);
		int mandatory = assessments.markMissing(variables.assessmentId());
		AnnualAssessmentVariables.gradeInputs(execution, false, 0.0, mandatory);
	}

	/** R-AA-5: records and publishes the grade the DMN table gave, with its reason from our tables; tells the city and its province. */
	public void publish(DelegateExecution execution) {
		AnnualAssessmentVariables variables = AnnualAssessmentVariables.of(execution);
		long id = variables.assessmentId();
		Grade grade = Grade.of(variables.grade());
		Assessment graded = assessments.get(id);
		String reason = reason(grade, !graded.reportMissing(),
				graded.totalScore() == null ? 0.0 : graded.totalScore().doubleValue(),
				graded.unfinishedMandatory() == null ? 0 : graded.unfinishedMandatory());
		assessments.recordGrade(id, grade, reason);
		Assessment assessment = assessments.get(id);
		String text = variables.cityName() + " " + assessment.assessedYear() + " 年度考核结果:" + grade.label() + "(" + reason + ")"
				+ (grade == Grade.EXCELLENT ? "。年度考核优秀,在计划实施中给予重点支持。" : "。");
		notifications.toGroups(List.of(Roles.city(assessment.cityCode()), Roles.provincialIpOffice(variables.provinceCode())),
				new Notice("【考核结果】" + text, text + "\n\n全部结果:" + "/api/assessment-results/" + assessment.assessedYear(),
						execution.getProcessInstanceId(), null));
	}

	/** Why the grade is what it is, in the words of the annual-grade table's rules. */
	static String reason(Grade grade, boolean submitted, double total, int unfinished) {
		if (!submitted) {
			return "未按期提交年度报告";
		}
		String score = "总分 " + String.format("%.2f", total) + " 分";
		if (unfinished > 0 && grade == Grade.QUALIFIED) {
			return score + ";有 " + unfinished + " 项必做任务未完成,等级以合格为限";
		}
		return score;
	}
}

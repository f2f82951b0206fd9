package cn.pilotcity.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.pilotcity.city.TitleKind;
import cn.pilotcity.deadline.Deadlines;
import cn.pilotcity.decision.Returns;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.notification.Notice;
import cn.pilotcity.notification.Notifications;

/**
 * The service steps of {@code annual-assessment.bpmn}, called by expression
 * ({@code ${annualAssessmentSteps.open(execution)}}). Variables carry ids and the inputs of gateways and of the
 * DMN table; the report, the indicator data and the scores live in our tables.
 */
@Component("annualAssessmentSteps")
public class AnnualAssessmentSteps {

	/** The most work-plan tasks the city's form (annual-report) has room for. */
	static final int MAX_TASKS = 10;

	/** The variables of a province's or the national office's round, cleared when the city revises. */
	static final List<String> ROUND_VARIABLES = List.of("provinceDecision", "provinceOpinion", "cnipaDecision",
			"cnipaOpinion", "scoreIdeas", "scoreMeasures", "scoreInput");

	private final Assessments assessments;
	private final Notifications notifications;
	private final Deadlines deadlines;
	private final ObjectMapper json;
	private final Returns returns;

	AnnualAssessmentSteps(Assessments assessments, Notifications notifications, Deadlines deadlines, ObjectMapper json,
			Returns returns) {
		this.returns = returns;
		this.assessments = assessments;
		this.notifications = notifications;
		this.deadlines = deadlines;
		this.json = json;
	}

	/** R-AA-1: opens the assessment of the previous year with the work plan's tasks (R-AA-4) and tells the city. */
	public void open(DelegateExecution execution) {
		long titleId = number(execution, "titleId").longValue();
		int year = number(execution, "assessmentYear").intValue();
		String cityCode = (String) execution.getVariable("cityCode");
		TitleKind kind = TitleKind.valueOf((String) execution.getVariable("titleKind"));
		long id = assessments.open(titleId, cityCode, kind, year, execution.getProcessInstanceId());
		execution.setVariable("assessmentId", id);
		execution.setVariable("subject", execution.getVariable("cityName") + " · " + year + " 年度" + kind.label() + "考核");
		// R-X-2: an overdue report is escalated to the province and the national office
		execution.setVariable("reportSupervisors",
				Roles.provincialIpOffice((String) execution.getVariable("provinceCode")) + "," + Roles.CNIPA);
		offerWorkPlan(execution, id);
		notifications.toGroups(List.of(Roles.city(cityCode)), new Notice(
				"【年度考核】请提交 " + year + " 年度工作报告和指标数据",
				execution.getVariable("cityName") + ":国家知识产权局启动 " + year + " 年度" + kind.label()
						+ "考核。请在任务列表中办理“提交年度考核材料”,先下载本市本年度的指标数据模板并上传,再填写年度报告(工作措施、取得成效、存在问题、"
						+ "下一步工作计划、意见建议)和工作计划任务的完成情况。办理期限:" + deadlines.length("annual-report").toDays() + " 天。",
				execution.getProcessInstanceId(), null));
	}

	/** The province or the national office returned the report: the city revises it (the round's decisions are cleared). */
	public void returned(DelegateExecution execution) {
		boolean byCnipa = "RETURN".equals(execution.getVariable("cnipaDecision"));
		String opinion = (String) execution.getVariable(byCnipa ? "cnipaOpinion" : "provinceOpinion");
		execution.setVariable("returnOpinion", (byCnipa ? "国家知识产权局:" : "省知识产权局:") + opinion);
		execution.removeVariables(ROUND_VARIABLES);
		execution.setVariables(returns.lastReturn("ASSESSMENT", assessmentId(execution), "RETURN",
				byCnipa ? "Task_CnipaScoring" : "Task_ProvinceReview"));
		assessments.markReturned(assessmentId(execution));
	}

	/** R-AA-3, R-AA-4: the objective score from the indicator system, and the unfinished mandatory tasks. */
	public void prepareScoring(DelegateExecution execution) {
		long id = assessmentId(execution);
		Assessments.ObjectiveResult objective = assessments.computeObjective(id);
		Map<Dimension, BigDecimal> maxima = assessments.subjectiveMaxima(id);
		execution.setVariable("objectiveScore", objective.score().doubleValue());
		execution.setVariable("objectiveMax", objective.max().doubleValue());
		execution.setVariable("unfinishedMandatory", objective.unfinishedMandatory());
		execution.setVariable("indicatorSummary", objective.summary());
		execution.setVariable("maxIdeas", maxima.getOrDefault(Dimension.IDEAS, BigDecimal.ZERO).doubleValue());
		execution.setVariable("maxMeasures", maxima.getOrDefault(Dimension.MEASURES, BigDecimal.ZERO).doubleValue());
		execution.setVariable("maxInput", maxima.getOrDefault(Dimension.INPUT, BigDecimal.ZERO).doubleValue());
	}

	/** The final cutoff passed without a report: the DMN will grade it 不合格 (seeds 000/003, R-X-2). */
	public void reportMissing(DelegateExecution execution) {
		int mandatory = assessments.markMissing(assessmentId(execution));
		execution.setVariable("reportSubmitted", false);
		execution.setVariable("totalScore", 0.0);
		execution.setVariable("unfinishedMandatory", mandatory);
	}

	/** R-AA-5: records and publishes the grade the DMN table gave; tells the city and its province. */
	public void publish(DelegateExecution execution) {
		long id = assessmentId(execution);
		Grade grade = Grade.of((String) execution.getVariable("grade"));
		boolean submitted = Boolean.TRUE.equals(execution.getVariable("reportSubmitted"));
		double total = number(execution, "totalScore").doubleValue();
		int unfinished = number(execution, "unfinishedMandatory").intValue();
		String reason = reason(grade, submitted, total, unfinished);
		assessments.recordGrade(id, grade, reason);
		Assessment assessment = assessments.get(id);
		String cityName = (String) execution.getVariable("cityName");
		String text = cityName + " " + assessment.assessedYear() + " 年度考核结果:" + grade.label() + "(" + reason + ")"
				+ (grade == Grade.EXCELLENT ? "。年度考核优秀,在计划实施中给予重点支持。" : "。");
		notifications.toGroups(List.of(Roles.city(assessment.cityCode()),
				Roles.provincialIpOffice((String) execution.getVariable("provinceCode"))),
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

	static long assessmentId(DelegateExecution execution) {
		return number(execution, "assessmentId").longValue();
	}

	private static Number number(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		if (!(value instanceof Number number)) {
			throw new IllegalStateException("Variable " + name + " is missing in " + execution.getProcessInstanceId());
		}
		return number;
	}

	/**
	 * R-AA-4: the names of the work plan's tasks for the city's form ({@code workPlanNames}, e.g. "【必做】…"), which
	 * shows one group per task (at most {@link #MAX_TASKS}) and reads back {@code task<n>Status} and
	 * {@code task<n>Note}.
	 */
	private void offerWorkPlan(DelegateExecution execution, long id) {
		List<AssessmentTask> tasks = assessments.tasks(id);
		if (tasks.size() > MAX_TASKS) {
			throw new IllegalStateException("The work plan has " + tasks.size() + " tasks; the form annual-report shows "
					+ MAX_TASKS);
		}
		List<String> names = tasks.stream().map(t -> "【" + t.kindLabel() + "】" + t.name()).toList();
		try {
			execution.setVariable("workPlanNames", SpinValues.jsonValue(json.writeValueAsString(names)).create());
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}


}

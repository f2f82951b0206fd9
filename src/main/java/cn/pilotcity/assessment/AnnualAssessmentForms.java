package cn.pilotcity.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.decision.Returns;
import cn.pilotcity.system.TaskForms;

/**
 * What the annual assessment's forms show and ask, filled from our tables when each task is created
 * ({@code create} listener), local to the task: the city's report (its saved text again after a return, with who
 * returned it and why), the province's and the national office's view of it, the objective score and the
 * subjective maxima. The fields the province and the national office fill are the tasks' input parameters (in the
 * model); what the user submits stays with the task and its listener writes it to our tables.
 */
@Component("annualAssessmentForms")
class AnnualAssessmentForms implements TaskListener {

	static final String REPORT_STEP = "Task_SubmitAnnualReport";
	static final String PROVINCE_STEP = "Task_ProvinceReview";
	static final String SCORING_STEP = "Task_CnipaScoring";

	/** The most work-plan tasks the city's form (annual-report) has room for. */
	static final int MAX_TASKS = 10;

	private final Assessments assessments;
	private final Decisions decisions;
	private final Returns returns;
	private final ObjectMapper json;

	AnnualAssessmentForms(Assessments assessments, Decisions decisions, Returns returns, ObjectMapper json) {
		this.assessments = assessments;
		this.decisions = decisions;
		this.returns = returns;
		this.json = json;
	}

	@Override
	public void notify(DelegateTask task) {
		long id = AnnualAssessmentVariables.of(task).assessmentId();
		Assessment assessment = assessments.get(id);
		Map<String, Object> form = new HashMap<>(report(assessment));
		switch (task.getTaskDefinitionKey()) {
			case REPORT_STEP -> form.putAll(reportForm(assessment));
			case PROVINCE_STEP -> form.put("workPlanSummary", workPlanSummary(assessments.tasks(id)));
			case SCORING_STEP -> form.putAll(scoringForm(assessment));
			default -> throw new IllegalStateException("No form for " + task.getTaskDefinitionKey());
		}
		TaskForms.fill(task, form);
	}

	private static Map<String, Object> report(Assessment a) {
		Map<String, Object> form = new HashMap<>();
		form.put("measures", a.measures());
		form.put("results", a.results());
		form.put("problems", a.problems());
		form.put("nextPlan", a.nextPlan());
		form.put("suggestions", a.suggestions());
		form.put("reportLate", a.late());
		return form;
	}

	/** R-AA-4: one status and note per work-plan task, as last reported; R-X-1: who returned the report and why. */
	private Map<String, Object> reportForm(Assessment assessment) {
		List<AssessmentTask> tasks = assessments.tasks(assessment.id());
		if (tasks.size() > MAX_TASKS) {
			throw new IllegalStateException("The work plan has " + tasks.size() + " tasks; the form annual-report shows " + MAX_TASKS);
		}
		Map<String, Object> form = new HashMap<>();
		try {
			form.put("workPlanNames", SpinValues.jsonValue(json.writeValueAsString(
					tasks.stream().map(t -> "【" + t.kindLabel() + "】" + t.name()).toList())).create());
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
		for (int n = 1; n <= MAX_TASKS; n++) {
			AssessmentTask t = n <= tasks.size() ? tasks.get(n - 1) : null;
			form.put("task" + n + "Status", t == null || t.completed() == null ? null : t.completed() ? "DONE" : "NOT_DONE");
			form.put("task" + n + "Note", t == null ? null : t.note());
		}
		form.put("returnOpinion", null);
		form.put("returnedBy", null);
		form.put("returnedAt", null);
		if (assessment.status() == AssessmentStatus.RETURNED) {
			lastReturn(assessment.id()).ifPresent(d -> form.put("returnOpinion",
					(SCORING_STEP.equals(d.step()) ? "国家知识产权局:" : "省知识产权局:") + d.opinion()));
			form.putAll(returns.lastReturn("ASSESSMENT", assessment.id(), "RETURN", PROVINCE_STEP, SCORING_STEP));
		}
		return form;
	}

	/** R-AA-3: what the assessors score from: the objective part, the province's opinion, each dimension's maximum. */
	private Map<String, Object> scoringForm(Assessment assessment) {
		Assessments.ObjectiveResult objective = assessments.objective(assessment.id());
		Map<Dimension, BigDecimal> maxima = assessments.subjectiveMaxima(assessment.id());
		Map<String, Object> form = new HashMap<>();
		form.put("workPlanSummary", workPlanSummary(assessments.tasks(assessment.id())));
		form.put("provinceOpinion", decisions.latest("ASSESSMENT", assessment.id(), PROVINCE_STEP).map(Decision::opinion)
				.orElse(null));
		form.put("objectiveScore", objective.score().doubleValue());
		form.put("objectiveMax", objective.max().doubleValue());
		form.put("unfinishedMandatory", objective.unfinishedMandatory());
		form.put("indicatorSummary", objective.summary());
		form.put("maxIdeas", maxima.getOrDefault(Dimension.IDEAS, BigDecimal.ZERO).doubleValue());
		form.put("maxMeasures", maxima.getOrDefault(Dimension.MEASURES, BigDecimal.ZERO).doubleValue());
		form.put("maxInput", maxima.getOrDefault(Dimension.INPUT, BigDecimal.ZERO).doubleValue());
		return form;
	}

	private Optional<Decision> lastReturn(long assessmentId) {
		return decisions.of("ASSESSMENT", assessmentId).stream()
				.filter(d -> PROVINCE_STEP.equals(d.step()) || SCORING_STEP.equals(d.step()))
				.reduce((earlier, later) -> later).filter(d -> "RETURN".equals(d.outcome()));
	}

	static String workPlanSummary(List<AssessmentTask> tasks) {
		if (tasks.isEmpty()) {
			return "(本年度工作计划无任务)";
		}
		StringBuilder s = new StringBuilder();
		for (AssessmentTask t : tasks) {
			s.append("- 【").append(t.kindLabel()).append("】").append(t.name()).append(":")
					.append(Boolean.TRUE.equals(t.completed()) ? "已完成" : "未完成").append("。").append(t.note()).append('\n');
		}
		return s.toString();
	}
}

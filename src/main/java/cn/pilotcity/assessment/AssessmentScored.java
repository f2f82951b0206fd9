package cn.pilotcity.assessment;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.pilotcity.system.InvalidInputException;

/**
 * Task listener ({@code complete}) of the national office's scoring task (R-AA-3): the assessors' scores for
 * 工作思路、工作措施、工作投入, checked against the indicator system's maxima; the total goes to the DMN table.
 * A return to the city needs no scores.
 */
@Component("assessmentScored")
class AssessmentScored implements TaskListener {

	private final Assessments assessments;

	AssessmentScored(Assessments assessments) {
		this.assessments = assessments;
	}

	@Override
	public void notify(DelegateTask task) {
		if (!"SCORE".equals(task.getVariable("cnipaDecision"))) {
			return;
		}
		long id = AnnualAssessmentVariables.of(task).assessmentId();
		Map<Dimension, BigDecimal> scores = new EnumMap<>(Dimension.class);
		put(scores, Dimension.IDEAS, task.getVariable("scoreIdeas"));
		put(scores, Dimension.MEASURES, task.getVariable("scoreMeasures"));
		put(scores, Dimension.INPUT, task.getVariable("scoreInput"));
		BigDecimal total = assessments.score(id, scores, scoredBy(task));
		Integer unfinished = assessments.get(id).unfinishedMandatory();
		AnnualAssessmentVariables.gradeInputs(task.getExecution(), true, total.doubleValue(), unfinished == null ? 0 : unfinished);
	}

	private static void put(Map<Dimension, BigDecimal> scores, Dimension dimension, Object value) {
		if (value == null || value.toString().isBlank()) {
			return;
		}
		try {
			scores.put(dimension, new BigDecimal(value.toString().strip()));
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("“" + dimension.label() + "”得分应为数字");
		}
	}

	private static String scoredBy(DelegateTask task) {
		Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : task.getAssignee();
	}
}

package cn.pilotcity.strongcity;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Returns;
import cn.pilotcity.review.Review;
import cn.pilotcity.system.TaskForms;

/**
 * What the strong-city forms show, filled from our tables when each task is created ({@code create} listener),
 * local to the task: why the plan is back with the city and who sent it back, the plan's goals for the province,
 * the province's opinion for the formal check, the panel's conclusion for the approval. The fields the offices fill
 * are the tasks' input parameters (in the model).
 */
@Component("strongCityForms")
class StrongCityForms implements TaskListener {

	static final int SUMMARY_LENGTH = 300;

	private final Applications applications;
	private final StrongCityRecord record;
	private final Returns returns;

	StrongCityForms(Applications applications, StrongCityRecord record, Returns returns) {
		this.applications = applications;
		this.record = record;
		this.returns = returns;
	}

	@Override
	public void notify(DelegateTask task) {
		long id = StrongCitySteps.applicationId(task.getExecution());
		Application application = applications.get(id);
		Map<String, Object> form = new HashMap<>();
		switch (task.getTaskDefinitionKey()) {
			case "Task_DraftPlan", "Task_RevisePlan" -> {
				int round = StrongCityVariables.of(task).round();
				form.put("returnReason", record.returnReason(application, StrongCityVariables.of(task).provinceName(), round)
						.orElse(null));
				form.put("returnedBy", null);
				form.put("returnedAt", null);
				if (application.status() == ApplicationStatus.REVISING) {
					form.putAll(Returns.returnedNow("专家组(第" + round + "轮论证)"));
				}
				else if (application.status() == ApplicationStatus.RETURNED) {
					form.putAll(returns.lastReturn("APPLICATION", id, "RETURN", StrongCityRecord.GUIDANCE_STEP,
							StrongCityRecord.FORMAL_CHECK_STEP));
				}
			}
			case StrongCityRecord.GUIDANCE_STEP -> {
				String goals = application.summary();
				form.put("summary", goals == null || goals.length() <= SUMMARY_LENGTH ? goals : goals.substring(0, SUMMARY_LENGTH) + "…");
			}
			case StrongCityRecord.FORMAL_CHECK_STEP -> form.put("provGuidanceOpinion",
					record.latest(id, StrongCityRecord.GUIDANCE_STEP).map(Decision::opinion).orElse(null));
			case StrongCityRecord.APPROVAL_STEP -> {
				var conclusion = record.conclusion(id);
				form.put("panelScore", conclusion.map(Review::panelScore).map(s -> s.doubleValue()).orElse(null));
				form.put("panelGuidance", conclusion.map(Review::guidance).orElse(null));
			}
			default -> throw new IllegalStateException("No form for " + task.getTaskDefinitionKey());
		}
		TaskForms.fill(task, form);
	}
}

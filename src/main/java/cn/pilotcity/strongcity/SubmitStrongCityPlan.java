package cn.pilotcity.strongcity;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.ApplicationContent;
import cn.pilotcity.application.Applications;
import cn.pilotcity.identity.CurrentUser;
import cn.pilotcity.system.InvalidInputException;

/**
 * R-SC-3: the city submits its construction plan: the five major projects, each with at least one work
 * project, stored in our tables as a new revision with the city's note on it.
 */
@Component("submitStrongCityPlan")
class SubmitStrongCityPlan implements JavaDelegate {

	private final StrongCityPlans plans;
	private final Applications applications;
	private final CurrentUser currentUser;

	SubmitStrongCityPlan(StrongCityPlans plans, Applications applications, CurrentUser currentUser) {
		this.plans = plans;
		this.applications = applications;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = StrongCitySteps.applicationId(execution);
		ConstructionPlan plan = PlanJson.check(plans.draft(id).orElseThrow(() -> new InvalidInputException(
				"请先在建设方案页面编辑并保存建设方案,再提交")));
		plans.save(id, plan);
		String goals = plan.overallGoals();
		// the responsible units are the application's organisations: an expert employed by one is not drawn (回避)
		List<String> units = plan.workProjects().stream().map(WorkProject::responsibleUnit).map(String::strip)
				.filter(u -> !u.isEmpty()).distinct().toList();
		ApplicationContent summary = new ApplicationContent(List.of(), units,
				goals.length() > 2000 ? goals.substring(0, 2000) : goals, Map.of(1, goals), List.of(), List.of());
		StrongCityVariables variables = StrongCityVariables.of(execution);
		applications.submit(id, summary, variables.takePlanNote(),
				currentUser.authentication().map(a -> a.getUserId()).orElse(variables.initiator()));
	}
}

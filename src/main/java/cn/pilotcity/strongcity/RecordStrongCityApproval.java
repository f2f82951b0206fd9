package cn.pilotcity.strongcity;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.ApplicationStates;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.notification.Notice;
import cn.pilotcity.notification.Notifications;

/** R-SC-6: CNIPA's approval (批复) is recorded with its document number; the city is told to issue the plan. */
@Component("recordStrongCityApproval")
class RecordStrongCityApproval implements JavaDelegate {

	private final StrongCityPlans plans;
	private final ApplicationStates states;
	private final Notifications notifications;
	private final StrongCityRecord record;

	RecordStrongCityApproval(StrongCityPlans plans, ApplicationStates states, Notifications notifications,
			StrongCityRecord record) {
		this.plans = plans;
		this.states = states;
		this.notifications = notifications;
		this.record = record;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = StrongCitySteps.applicationId(execution);
		// the approval as the decision record holds it (文号, opinion, who): checked there on the task's completion
		Decision approval = record.latest(id, StrongCityRecord.APPROVAL_STEP)
				.orElseThrow(() -> new IllegalStateException("No approval recorded for application " + id));
		String doc = approval.docNumber();
		plans.approve(id, doc, approval.opinion(), approval.decidedBy());
		states.markApproved(id);
		notifications.toGroups(List.of(Roles.city(StrongCityVariables.of(execution).cityCode())), new Notice(
				"【批复】" + StrongCityVariables.of(execution).subject(),
				"国家知识产权局已批复(" + doc + ")同意本市建设知识产权强市。请由市人民政府印发实施建设方案,并在任务列表中登记印发文号、日期并上传印发文件。",
				execution.getProcessInstanceId(), null));
	}
}

package cn.pilotcity.sme;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.ApplicationStates;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.Titles;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.notification.Notice;
import cn.pilotcity.notification.Notifications;

/**
 * R-SME-7: an admitted city holds the pilot title from its admission day, and its three-year implementation
 * runs from that day. Granting the title starts the title's lifecycle (annual assessments, final review).
 */
@Component("grantSmePilotTitle")
class GrantSmePilotTitle implements JavaDelegate {

	static final int IMPLEMENTATION_YEARS = 3;

	private final Titles titles;
	private final ApplicationStates states;
	private final Notifications notifications;

	private final SmeBatches batches;
	private final Decisions decisions;

	GrantSmePilotTitle(Titles titles, ApplicationStates states, Notifications notifications, SmeBatches batches,
			Decisions decisions) {
		this.titles = titles;
		this.states = states;
		this.notifications = notifications;
		this.batches = batches;
		this.decisions = decisions;
	}

	/** The title from the day the determination was published; granted in the national office's name (its proposer). */
	@Override
	public void execute(DelegateExecution execution) {
		SmeApplicationVariables variables = SmeApplicationVariables.of(execution);
		SmeBatch batch = batches.get(variables.batchId());
		LocalDate admittedOn = batch.publishedOn();
		String determinedBy = decisions.latest("APPLICATION", variables.applicationId(), SmeDeterminationList.PROPOSAL_STEP)
				.map(Decision::decidedBy).orElse("cnipa");
		titles.grant(variables.cityCode(), TitleKind.SME_PILOT, admittedOn, admittedOn.plusYears(IMPLEMENTATION_YEARS),
				"中小企业知识产权战略推进工程" + batch.name(), null, determinedBy);
		states.markAdmitted(variables.applicationId());
		notifications.toGroups(List.of(Roles.city(variables.cityCode())), new Notice("【审定结果】" + variables.subject() + ":已纳入试点",
				"经国家知识产权局、工业和信息化部审定,本市纳入" + batch.name() + "实施城市,自 " + Dates.day(admittedOn) + " 起实施,为期三年。\n审定意见:"
						+ batches.determinationOf(batch.id(), variables.applicationId()).opinion(),
				execution.getProcessInstanceId(), null));
	}
}

package cn.pilotcity.sme;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.ApplicationStates;
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

	GrantSmePilotTitle(Titles titles, ApplicationStates states, Notifications notifications) {
		this.titles = titles;
		this.states = states;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate admittedOn = LocalDate.parse((String) execution.getVariable("admittedOn"));
		String cityCode = (String) execution.getVariable("cityCode");
		String batchName = (String) execution.getVariable("batchName");
		titles.grant(cityCode, TitleKind.SME_PILOT, admittedOn, admittedOn.plusYears(IMPLEMENTATION_YEARS),
				"中小企业知识产权战略推进工程" + batchName, null, (String) execution.getVariable("determinedBy"));
		states.markAdmitted(SmeApplicationSteps.applicationId(execution));
		notifications.toGroups(List.of(Roles.city(cityCode)), new Notice("【审定结果】" + execution.getVariable("subject") + ":已纳入试点",
				"经国家知识产权局、工业和信息化部审定,本市纳入" + batchName + "实施城市,自 " + Dates.day(admittedOn) + " 起实施,为期三年。\n审定意见:"
						+ execution.getVariable("determinationOpinion"),
				execution.getProcessInstanceId(), null));
	}
}

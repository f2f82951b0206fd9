package cn.pilotcity.strongcity;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongConsumer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.ApplicationStates;
import cn.pilotcity.application.Applications;
import cn.pilotcity.deadline.Deadlines;
import cn.pilotcity.review.Review;
import cn.pilotcity.review.Reviews;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.notification.Notice;
import cn.pilotcity.notification.Notifications;
import cn.pilotcity.system.EngineClock;

/** The status steps of {@code strong-city-application.bpmn}, called by expression. */
@Component("strongCitySteps")
public class StrongCitySteps {

	static final String REVISION_DEADLINE = "sc-revision";

	private final ApplicationStates states;
	private final StrongCityPlans plans;
	private final Notifications notifications;
	private final Deadlines deadlines;
	private final StrongCityRecord record;
	private final Applications applications;
	private final Reviews reviews;

	StrongCitySteps(ApplicationStates states, StrongCityPlans plans, Notifications notifications, Deadlines deadlines,
			StrongCityRecord record, Applications applications, Reviews reviews) {
		this.record = record;
		this.applications = applications;
		this.reviews = reviews;
		this.states = states;
		this.plans = plans;
		this.notifications = notifications;
		this.deadlines = deadlines;
	}

	/** R-SC-4: the provincial IP office sends the plan back with its guidance. */
	public void returnFromProvince(DelegateExecution execution) {
		backToCity(execution, states::markReturned);
	}

	/** CNIPA's formal check found the plan incomplete. */
	public void returnFromFormalCheck(DelegateExecution execution) {
		backToCity(execution, states::markReturned);
	}

	/** R-SC-5: a new round of expert argumentation; its number is visible to everyone involved. */
	public void startRound(DelegateExecution execution) {
		long id = applicationId(execution);
		plans.startRound(id, StrongCityVariables.of(execution).nextRound());
		states.markUnderArgumentation(id);
	}

	/** R-SC-5: the panel's recommendation and guidance of this round are kept; a revision gets its deadline. */
	public void concludeRound(DelegateExecution execution) {
		StrongCityVariables variables = StrongCityVariables.of(execution);
		Review review = reviews.get(variables.reviewId());
		LocalDateTime due = "REVISE".equals(review.recommendation())
				? EngineClock.now().plus(deadlines.length(REVISION_DEADLINE)) : null;
		plans.concludeRound(variables.applicationId(), variables.round(), review.id(), review.recommendation(),
				review.panelScore(), review.guidance(), due);
	}

	/** R-SC-5: not yet mature: the panel's specific guidance goes to the city, which revises within the deadline. */
	public void prepareRevision(DelegateExecution execution) {
		backToCity(execution, states::markRevising);
	}

	/** The revision deadline passed: the application ends; the city, its province and CNIPA are told. */
	public void lapse(DelegateExecution execution) {
		StrongCityVariables variables = StrongCityVariables.of(execution);
		states.markLapsed(variables.applicationId());
		Notice notice = new Notice("【逾期未修改】" + variables.subject(), variables.cityName() + "未在规定期限内按第"
				+ variables.round() + "轮专家论证意见修改建设方案,本次知识产权强市申请终止;如需继续,请重新申请。",
				execution.getProcessInstanceId(), null);
		notifications.toGroups(List.of(Roles.city(variables.cityCode()), Roles.provincialIpOffice(variables.provinceCode()),
				Roles.CNIPA), notice);
	}

	/** R-SC-5: the panel rejected the plan; the application ends with the reason. */
	public void reject(DelegateExecution execution) {
		states.markRejected(applicationId(execution));
		tellCity(execution, "【论证未通过】" + StrongCityVariables.of(execution).subject(), "经专家论证评价,本市知识产权强市建设方案未通过。理由:"
				+ record.conclusion(applicationId(execution)).map(Review::guidance).orElse(""));
	}

	public void markWithdrawn(DelegateExecution execution) {
		states.markWithdrawn(applicationId(execution));
	}

	/** The plan goes back to the city; its form says why and who (from our tables), the notice says why. */
	private void backToCity(DelegateExecution execution, LongConsumer markStatus) {
		StrongCityVariables variables = StrongCityVariables.of(execution);
		long id = variables.applicationId();
		markStatus.accept(id);
		String reason = record.returnReason(applications.get(id), variables.provinceName(), variables.round()).orElseThrow();
		variables.newRound();
		tellCity(execution, "【请修改建设方案】" + variables.subject(), reason);
	}

	private void tellCity(DelegateExecution execution, String subject, String body) {
		notifications.toGroups(List.of(Roles.city(StrongCityVariables.of(execution).cityCode())),
				new Notice(subject, body, execution.getProcessInstanceId(), null));
	}

	static long applicationId(DelegateExecution execution) {
		return StrongCityVariables.of(execution).applicationId();
	}
}

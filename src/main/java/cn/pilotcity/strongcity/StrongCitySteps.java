package cn.pilotcity.strongcity;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongConsumer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.ApplicationStates;
import cn.pilotcity.deadline.Deadlines;
import cn.pilotcity.decision.Returns;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.notification.Notice;
import cn.pilotcity.notification.Notifications;
import cn.pilotcity.system.EngineClock;

/** The status steps of {@code strong-city-application.bpmn}, called by expression. */
@Component("strongCitySteps")
public class StrongCitySteps {

	static final String REVISION_DEADLINE = "sc-revision";
	private static final List<String> ROUND_VARIABLES = List.of("provGuidanceDecision", "provGuidanceOpinion",
			"formalCheckDecision", "formalCheckOpinion", "panelRecommendation", "panelScore", "panelGuidance", "reviewId");

	private final ApplicationStates states;
	private final StrongCityPlans plans;
	private final Notifications notifications;
	private final Deadlines deadlines;
	private final Returns returns;

	StrongCitySteps(ApplicationStates states, StrongCityPlans plans, Notifications notifications, Deadlines deadlines,
			Returns returns) {
		this.returns = returns;
		this.states = states;
		this.plans = plans;
		this.notifications = notifications;
		this.deadlines = deadlines;
	}

	/** R-SC-4: the provincial IP office sends the plan back with its guidance. */
	public void returnFromProvince(DelegateExecution execution) {
		backToCity(execution, states::markReturned,
				execution.getVariable("provinceName") + "知识产权局指导意见:" + execution.getVariable("provGuidanceOpinion"));
		execution.setVariables(returns.lastReturn("APPLICATION", applicationId(execution), "RETURN", "Task_ProvincialGuidance"));
	}

	/** CNIPA's formal check found the plan incomplete. */
	public void returnFromFormalCheck(DelegateExecution execution) {
		backToCity(execution, states::markReturned, "国家知识产权局形式审查意见:" + execution.getVariable("formalCheckOpinion"));
		execution.setVariables(returns.lastReturn("APPLICATION", applicationId(execution), "RETURN", "Task_FormalCheck"));
	}

	/** R-SC-5: a new round of expert argumentation; its number is visible to everyone involved. */
	public void startRound(DelegateExecution execution) {
		int round = ((Number) execution.getVariable("round")).intValue() + 1;
		long id = applicationId(execution);
		plans.startRound(id, round);
		execution.setVariable("round", round);
		execution.setVariable("subject", execution.getVariable("cityName") + " · 知识产权强市建设方案 · 第" + round + "轮论证");
		states.markUnderArgumentation(id);
	}

	/** R-SC-5: the panel's recommendation and guidance of this round are kept; a revision gets its deadline. */
	public void concludeRound(DelegateExecution execution) {
		String recommendation = (String) execution.getVariable("panelRecommendation");
		Object score = execution.getVariable("panelScore");
		Object reviewId = execution.getVariable("reviewId");
		LocalDateTime due = "REVISE".equals(recommendation)
				? EngineClock.now().plus(deadlines.length(REVISION_DEADLINE)) : null;
		plans.concludeRound(applicationId(execution), ((Number) execution.getVariable("round")).intValue(),
				reviewId instanceof Number n ? n.longValue() : null, recommendation,
				score instanceof Number n ? BigDecimal.valueOf(n.doubleValue()) : null,
				(String) execution.getVariable("panelGuidance"), due);
	}

	/** R-SC-5: not yet mature: the panel's specific guidance goes to the city, which revises within the deadline. */
	public void prepareRevision(DelegateExecution execution) {
		backToCity(execution, states::markRevising, "第" + execution.getVariable("round") + "轮专家论证意见(请在 "
				+ deadlines.length(REVISION_DEADLINE).toDays() + " 天内修改后重新提交):" + execution.getVariable("panelGuidance"));
		execution.setVariables(Returns.returnedNow("专家组(第" + execution.getVariable("round") + "轮论证)"));
	}

	/** The revision deadline passed: the application ends; the city, its province and CNIPA are told. */
	public void lapse(DelegateExecution execution) {
		states.markLapsed(applicationId(execution));
		Notice notice = new Notice("【逾期未修改】" + execution.getVariable("subject"),
				execution.getVariable("cityName") + "未在规定期限内按第" + execution.getVariable("round")
						+ "轮专家论证意见修改建设方案,本次知识产权强市申请终止;如需继续,请重新申请。",
				execution.getProcessInstanceId(), null);
		notifications.toGroups(List.of(Roles.city((String) execution.getVariable("cityCode")),
				Roles.provincialIpOffice((String) execution.getVariable("provinceCode")), Roles.CNIPA), notice);
	}

	/** R-SC-5: the panel rejected the plan; the application ends with the reason. */
	public void reject(DelegateExecution execution) {
		states.markRejected(applicationId(execution));
		tellCity(execution, "【论证未通过】" + execution.getVariable("subject"),
				"经专家论证评价,本市知识产权强市建设方案未通过。理由:" + execution.getVariable("panelGuidance"));
	}

	public void markWithdrawn(DelegateExecution execution) {
		states.markWithdrawn(applicationId(execution));
	}

	private void backToCity(DelegateExecution execution, LongConsumer markStatus, String reason) {
		long id = applicationId(execution);
		markStatus.accept(id);
		execution.removeVariables(ROUND_VARIABLES);
		execution.removeVariables(Returns.VARIABLES);
		execution.setVariable("returnReason", reason);
		tellCity(execution, "【请修改建设方案】" + execution.getVariable("subject"), reason);
	}

	private void tellCity(DelegateExecution execution, String subject, String body) {
		notifications.toGroups(List.of(Roles.city((String) execution.getVariable("cityCode"))),
				new Notice(subject, body, execution.getProcessInstanceId(), null));
	}

	static long applicationId(DelegateExecution execution) {
		return ((Number) execution.getVariable("applicationId")).longValue();
	}
}

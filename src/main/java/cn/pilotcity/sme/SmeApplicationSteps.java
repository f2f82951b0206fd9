package cn.pilotcity.sme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.ApplicationStates;
import cn.pilotcity.application.Applications;
import cn.pilotcity.decision.Returns;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.notification.Notice;
import cn.pilotcity.notification.Notifications;

/**
 * The status steps of {@code sme-application.bpmn}, called by expression
 * ({@code ${smeApplicationSteps.markLate(execution)}}). Process variables carry ids and decision inputs;
 * the application itself lives in our tables.
 */
@Component("smeApplicationSteps")
public class SmeApplicationSteps {

	/** The decisions of one round; cleared before the next, so they never pre-fill a new form. */
	static final List<String> ROUND_VARIABLES = List.of("cityAction", "revisionNote", "eligibility", "provIpDecision",
			"provIpOpinion", "provSmeDecision", "provSmeOpinion", "jointDocNumber");

	private final Applications applications;
	private final ApplicationStates states;
	private final SmeBatches batches;
	private final Notifications notifications;
	private final Returns returns;

	SmeApplicationSteps(Applications applications, ApplicationStates states, SmeBatches batches, Notifications notifications,
			Returns returns) {
		this.returns = returns;
		this.applications = applications;
		this.states = states;
		this.batches = batches;
		this.notifications = notifications;
	}

	/** R-SME-4: the eligibility table said no; the city revises with the reason. */
	public void markIneligible(DelegateExecution execution) {
		@SuppressWarnings("unchecked")
		Map<String, Object> eligibility = (Map<String, Object>) execution.getVariable("eligibility");
		backToCity(execution, states::markIneligible, "不符合申报条件:" + eligibility.get("reason"));
	}

	/** R-SME-3: a provincial office returned the application; the city revises with the opinions. */
	public void markReturned(DelegateExecution execution) {
		List<String> reasons = new ArrayList<>();
		if ("RETURN".equals(execution.getVariable("provIpDecision"))) {
			reasons.add(execution.getVariable("provinceName") + "知识产权局:" + execution.getVariable("provIpOpinion"));
		}
		if ("RETURN".equals(execution.getVariable("provSmeDecision"))) {
			reasons.add(execution.getVariable("provinceName") + "中小企业主管部门:" + execution.getVariable("provSmeOpinion"));
		}
		backToCity(execution, states::markReturned, "退回修改。" + String.join(";", reasons));
		execution.setVariables(returns.lastReturn("APPLICATION", applicationId(execution), "RETURN",
				"Task_ProvincialIpOfficeReview", "Task_ProvincialSmeAuthorityReview"));
	}

	public void markWithdrawn(DelegateExecution execution) {
		states.markWithdrawn(applicationId(execution));
	}

	/** R-SME-3: recommended by the joint document of both provincial offices. */
	public void markRecommended(DelegateExecution execution) {
		states.markRecommended(applicationId(execution), (String) execution.getVariable("jointDocNumber"));
	}

	/** R-SME-2 at national receipt: a recommendation that reaches the national level after the deadline is refused. */
	public void receive(DelegateExecution execution) {
		boolean inTime = batches.isBeforeDeadline(((Number) execution.getVariable("batchId")).longValue());
		execution.setVariable("receivedInTime", inTime);
		if (inTime) {
			states.markReceived(applicationId(execution));
		}
		else {
			markLate(execution);
		}
	}

	/** R-SME-2: the deadline passed before the application was recommended and received. */
	public void markLate(DelegateExecution execution) {
		states.markLate(applicationId(execution));
		tellCity(execution, "【申报逾期】" + execution.getVariable("subject"),
				execution.getVariable("batchName") + "已于 " + execution.getVariable("batchDeadlineText")
						+ " 截止,本市申报未在截止前完成省级联合推荐并报送国家知识产权局,逾期不予受理。");
	}

	public void requestSupplement(DelegateExecution execution) {
		states.markSupplementRequested(applicationId(execution));
		execution.setVariables(returns.lastReturn("APPLICATION", applicationId(execution), "SUPPLEMENT",
				"Task_CheckCompleteness"));
	}

	public void markUnderReview(DelegateExecution execution) {
		execution.removeVariables(Returns.VARIABLES);
		states.markUnderReview(applicationId(execution));
	}

	public void awaitDetermination(DelegateExecution execution) {
		states.markAwaitingDetermination(applicationId(execution));
	}

	/** R-SME-6: cities not admitted are told why. */
	public void markNotAdmitted(DelegateExecution execution) {
		states.markNotAdmitted(applicationId(execution));
		tellCity(execution, "【审定结果】" + execution.getVariable("subject") + ":未纳入试点",
				"经国家知识产权局、工业和信息化部审定,本市申报未纳入" + execution.getVariable("batchName") + "实施城市。\n审定意见:"
						+ execution.getVariable("determinationOpinion"));
	}

	private void backToCity(DelegateExecution execution, LongConsumer markStatus, String reason) {
		long id = applicationId(execution);
		markStatus.accept(id);
		execution.removeVariables(ROUND_VARIABLES);
		execution.removeVariables(Returns.VARIABLES);
		execution.setVariables(SmeApplicationForm.variables(applications.content(id)));
		execution.setVariable("returnReason", reason);
		tellCity(execution, "【退回修改】" + execution.getVariable("subject"), reason);
	}

	private void tellCity(DelegateExecution execution, String subject, String body) {
		notifications.toGroups(List.of(Roles.city((String) execution.getVariable("cityCode"))),
				new Notice(subject, body, execution.getProcessInstanceId(), null));
	}

	static long applicationId(DelegateExecution execution) {
		return ((Number) execution.getVariable("applicationId")).longValue();
	}
}

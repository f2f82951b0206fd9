package cn.pilotcity.sme;

import java.util.List;
import java.util.function.LongConsumer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.ApplicationStates;
import cn.pilotcity.application.Applications;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.notification.Notice;
import cn.pilotcity.notification.Notifications;

/**
 * The status steps of {@code sme-application.bpmn}, called by expression
 * ({@code ${smeApplicationSteps.markLate(execution)}}). Process variables ({@link SmeApplicationVariables}) carry
 * ids and decision inputs; the application, the opinions and the 文号 live in our tables.
 */
@Component("smeApplicationSteps")
public class SmeApplicationSteps {

	private final Applications applications;
	private final ApplicationStates states;
	private final SmeBatches batches;
	private final Notifications notifications;
	private final SmeApplicationRecord record;

	SmeApplicationSteps(Applications applications, ApplicationStates states, SmeBatches batches, Notifications notifications,
			SmeApplicationRecord record) {
		this.applications = applications;
		this.states = states;
		this.batches = batches;
		this.notifications = notifications;
		this.record = record;
	}

	/** R-SME-4: the eligibility table decides from the self-assessment as submitted and stored. */
	public void submitted(DelegateExecution execution) {
		SmeApplicationVariables variables = SmeApplicationVariables.of(execution);
		variables.eligibilityInputs(applications.content(variables.applicationId()));
	}

	/** R-SME-4: the eligibility table said no; the city revises with the reason. */
	public void markIneligible(DelegateExecution execution) {
		backToCity(execution, states::markIneligible);
	}

	/** R-SME-3: a provincial office returned the application; the city revises with the opinions. */
	public void markReturned(DelegateExecution execution) {
		backToCity(execution, states::markReturned);
	}

	public void markWithdrawn(DelegateExecution execution) {
		states.markWithdrawn(applicationId(execution));
	}

	/** R-SME-3: recommended by the joint document of both provincial offices (its 文号 as the IP office recorded it). */
	public void markRecommended(DelegateExecution execution) {
		long id = applicationId(execution);
		states.markRecommended(id, record.jointDocNumber(id).orElseThrow(
				() -> new IllegalStateException("Application " + id + " recommended without the joint 文号")));
	}

	/** R-SME-2 at national receipt: a recommendation that reaches the national level after the deadline is refused. */
	public void receive(DelegateExecution execution) {
		SmeApplicationVariables variables = SmeApplicationVariables.of(execution);
		boolean inTime = batches.isBeforeDeadline(variables.batchId());
		variables.receivedInTime(inTime);
		if (inTime) {
			states.markReceived(variables.applicationId());
		}
		else {
			markLate(execution);
		}
	}

	/** R-SME-2: the deadline passed before the application was recommended and received. */
	public void markLate(DelegateExecution execution) {
		SmeApplicationVariables variables = SmeApplicationVariables.of(execution);
		states.markLate(variables.applicationId());
		SmeBatch batch = batches.get(variables.batchId());
		tellCity(execution, "【申报逾期】" + variables.subject(), batch.name() + "已于 " + Dates.minute(batch.deadline())
				+ " 截止,本市申报未在截止前完成省级联合推荐并报送国家知识产权局,逾期不予受理。");
	}

	public void requestSupplement(DelegateExecution execution) {
		states.markSupplementRequested(applicationId(execution));
	}

	public void markUnderReview(DelegateExecution execution) {
		states.markUnderReview(applicationId(execution));
	}

	public void awaitDetermination(DelegateExecution execution) {
		states.markAwaitingDetermination(applicationId(execution));
	}

	/** R-SME-6: cities not admitted are told why, in the words of the published determination. */
	public void markNotAdmitted(DelegateExecution execution) {
		SmeApplicationVariables variables = SmeApplicationVariables.of(execution);
		states.markNotAdmitted(variables.applicationId());
		SmeBatch batch = batches.get(variables.batchId());
		tellCity(execution, "【审定结果】" + variables.subject() + ":未纳入试点",
				"经国家知识产权局、工业和信息化部审定,本市申报未纳入" + batch.name() + "实施城市。\n审定意见:"
						+ batches.determinationOf(batch.id(), variables.applicationId()).opinion());
	}

	private void backToCity(DelegateExecution execution, LongConsumer markStatus) {
		SmeApplicationVariables variables = SmeApplicationVariables.of(execution);
		markStatus.accept(variables.applicationId());
		String reason = record.returnReason(applications.get(variables.applicationId()), variables.provinceName(),
				variables.ineligibleReason()).orElseThrow();
		SmeApplicationVariables.newRound(execution);
		tellCity(execution, "【退回修改】" + variables.subject(), reason);
	}

	private void tellCity(DelegateExecution execution, String subject, String body) {
		notifications.toGroups(List.of(Roles.city(SmeApplicationVariables.of(execution).cityCode())),
				new Notice(subject, body, execution.getProcessInstanceId(), null));
	}

	static long applicationId(DelegateExecution execution) {
		return SmeApplicationVariables.of(execution).applicationId();
	}
}

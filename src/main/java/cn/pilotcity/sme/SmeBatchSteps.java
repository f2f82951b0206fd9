package cn.pilotcity.sme;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.notification.Notice;
import cn.pilotcity.notification.Notifications;

/** The steps of {@code sme-batch.bpmn}, called by expression ({@code ${smeBatchSteps.close(execution)}}). */
@Component("smeBatchSteps")
public class SmeBatchSteps {

	/** Applications that will not reach the determination. */
	private static final Set<ApplicationStatus> OUT = EnumSet.of(ApplicationStatus.LATE, ApplicationStatus.WITHDRAWN,
			ApplicationStatus.ADMITTED, ApplicationStatus.NOT_ADMITTED);

	private final SmeBatches batches;
	private final Applications applications;
	private final Notifications notifications;
	private final SmeDeterminationWorklist worklist;

	SmeBatchSteps(SmeBatches batches, Applications applications, Notifications notifications,
			SmeDeterminationWorklist worklist) {
		this.batches = batches;
		this.applications = applications;
		this.notifications = notifications;
		this.worklist = worklist;
	}

	/** R-SME-2: at the deadline the batch closes by itself. */
	public void close(DelegateExecution execution) {
		SmeBatchVariables variables = SmeBatchVariables.of(execution);
		SmeBatch batch = batches.get(variables.batchId());
		batches.close(batch.id());
		notifications.toGroups(List.of(Roles.CNIPA, Roles.MIIT), new Notice("【申报截止】" + variables.subject(),
				batch.name() + "已于 " + Dates.minute(batch.deadline()) + " 截止申报,进入国家审查评审阶段。",
				execution.getProcessInstanceId(), null));
	}

	/** How many applications of the batch are still on their way (national check, expert review). */
	public void countPending(DelegateExecution execution) {
		SmeBatchVariables variables = SmeBatchVariables.of(execution);
		List<Application> ofBatch = applications.ofBatch(variables.batchId());
		variables.progress(
				ofBatch.stream().filter(a -> !OUT.contains(a.status()) && a.status() != ApplicationStatus.AWAITING_DETERMINATION)
						.count(),
				ofBatch.stream().filter(a -> a.status() == ApplicationStatus.AWAITING_DETERMINATION).count());
	}

	/** R-SME-6: nothing to determine (no application, or all late or withdrawn): the batch ends without a list. */
	public void endWithoutDetermination(DelegateExecution execution) {
		SmeBatchVariables variables = SmeBatchVariables.of(execution);
		notifications.toGroups(List.of(Roles.CNIPA, Roles.MIIT), new Notice("【批次结束】" + variables.subject(),
				batches.get(variables.batchId()).name()
						+ "没有经评审待审定的申报(未收到申报,或申报均已逾期、撤回),本批次结束,不拟定、不发布入选名单。",
				execution.getProcessInstanceId(), null));
	}

	/** R-SME-6: the working list the determination starts from, one line per city: the panel's recommendation is proposed. */
	public void prepareProposal(DelegateExecution execution) {
		worklist.seed(SmeBatchVariables.of(execution).batchId());
	}
}

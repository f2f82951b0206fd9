package cn.pilotcity.sme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.ApplicationContent;
import cn.pilotcity.application.Applications;
import cn.pilotcity.decision.Returns;
import cn.pilotcity.identity.CurrentUser;

/**
 * R-SME-2, R-SME-5: the city submits. Refused after the batch's deadline, and refused while any of the
 * required sections (1)–(7), the yearly targets or the self-assessment is missing. The content goes to our
 * tables as a new revision; the bulky form variables are dropped (the tables hold the content).
 */
@Component("submitSmeApplication")
class SubmitSmeApplication implements JavaDelegate {

	private final Applications applications;
	private final SmeBatches batches;
	private final CurrentUser currentUser;

	SubmitSmeApplication(Applications applications, SmeBatches batches, CurrentUser currentUser) {
		this.applications = applications;
		this.batches = batches;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		batches.checkBeforeDeadline(batches.get(((Number) execution.getVariable("batchId")).longValue()));
		ApplicationContent content = SmeApplicationForm.read(execution);
		String submittedBy = currentUser.authentication().map(a -> a.getUserId())
				.orElse((String) execution.getVariable("initiator"));
		int revision = applications.submit(SmeApplicationSteps.applicationId(execution), content,
				(String) execution.getVariable("revisionNote"), submittedBy);
		execution.setVariable("revision", revision);
		execution.removeVariables(SmeApplicationForm.contentVariables());
		execution.removeVariable("returnReason");
		execution.removeVariables(Returns.VARIABLES);
	}
}

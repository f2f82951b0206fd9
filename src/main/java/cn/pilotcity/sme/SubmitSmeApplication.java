package cn.pilotcity.sme;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.Applications;
import cn.pilotcity.identity.CurrentUser;

/**
 * R-SME-2, R-SME-5: the city submits (task listener {@code complete} of the draft, after the decision record).
 * Refused after the batch's deadline, and refused while any of the required sections (1)–(7), the yearly targets
 * or the self-assessment is missing. The content goes to our tables as a new revision, in the completion's
 * transaction; the form's values were the task's own and go with it.
 */
@Component("submitSmeApplication")
class SubmitSmeApplication implements TaskListener {

	private final Applications applications;
	private final SmeBatches batches;
	private final CurrentUser currentUser;

	SubmitSmeApplication(Applications applications, SmeBatches batches, CurrentUser currentUser) {
		this.applications = applications;
		this.batches = batches;
		this.currentUser = currentUser;
	}

	@Override
	public void notify(DelegateTask task) {
		if (!"SUBMIT".equals(task.getVariable("cityAction"))) {
			return;
		}
		SmeApplicationVariables variables = SmeApplicationVariables.of(task);
		batches.checkBeforeDeadline(batches.get(variables.batchId()));
		Object note = task.getVariable("revisionNote");
		applications.submit(variables.applicationId(), SmeApplicationForm.read(task), note == null ? null : note.toString(),
				currentUser.authentication().map(a -> a.getUserId()).orElse((String) task.getVariable("initiator")));
	}
}

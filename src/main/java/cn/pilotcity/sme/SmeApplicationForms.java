package cn.pilotcity.sme;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.Applications;
import cn.pilotcity.decision.Returns;
import cn.pilotcity.system.TaskForms;

/**
 * What the SME application's forms show and ask, filled from our tables when each task is created ({@code create}
 * listener), local to the task: the city's plan as last submitted (again after a return, with why), the
 * application for the provinces and the national check, the request for supplements. The fields the offices fill
 * are the tasks' input parameters (in the model); what a user submits stays with the task and its listener
 * writes it to our tables.
 */
@Component("smeApplicationForms")
class SmeApplicationForms implements TaskListener {

	static final String DRAFT_STEP = "Task_DraftApplication";
	static final String SUPPLEMENT_STEP = "Task_SupplementApplication";

	private final Applications applications;
	private final SmeBatches batches;
	private final SmeApplicationRecord record;
	private final Returns returns;

	SmeApplicationForms(Applications applications, SmeBatches batches, SmeApplicationRecord record, Returns returns) {
		this.applications = applications;
		this.batches = batches;
		this.record = record;
		this.returns = returns;
	}

	@Override
	public void notify(DelegateTask task) {
		SmeApplicationVariables variables = SmeApplicationVariables.of(task);
		Application application = applications.get(variables.applicationId());
		SmeBatch batch = batches.get(variables.batchId());
		Map<String, Object> form = new HashMap<>();
		form.put("batchName", batch.name());
		switch (task.getTaskDefinitionKey()) {
			case DRAFT_STEP -> {
				form.put("batchDeadlineText", Dates.minute(batch.deadline()));
				SmeApplicationForm.fields().forEach(field -> form.put(field, null));
				if (application.revision() > 0) {
					form.putAll(SmeApplicationForm.values(applications.content(application.id())));
				}
				form.put("cityAction", null);
				form.put("revisionNote", null);
				form.put("returnReason", record.returnReason(application, variables.provinceName(), variables.ineligibleReason())
						.orElse(null));
				form.put("returnedBy", null);
				form.put("returnedAt", null);
				form.putAll(returns.lastReturn("APPLICATION", application.id(), "RETURN", SmeApplicationRecord.IP_OFFICE_STEP,
						SmeApplicationRecord.SME_AUTHORITY_STEP));
			}
			case SUPPLEMENT_STEP -> {
				form.put("completenessOpinion", record.supplementRequest(application.id()).orElse(null));
				form.put("returnedBy", null);
				form.put("returnedAt", null);
				form.putAll(returns.lastReturn("APPLICATION", application.id(), "SUPPLEMENT",
						SmeApplicationRecord.COMPLETENESS_STEP));
			}
			default -> {
				// the provinces' recommendations and the national formal check read the application
				var content = applications.content(application.id());
				form.put("clusters", String.join("\n", content.clusters()));
				form.put("summary", content.summary());
				if (SmeApplicationRecord.COMPLETENESS_STEP.equals(task.getTaskDefinitionKey())) {
					form.put("jointDocNumber", record.jointDocNumber(application.id()).orElse(null));
				}
			}
		}
		TaskForms.fill(task, form);
	}
}

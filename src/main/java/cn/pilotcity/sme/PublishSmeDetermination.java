package cn.pilotcity.sme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.Applications;
import cn.pilotcity.system.EngineClock;

/**
 * R-SME-6: once CNIPA and MIIT agree, the determination is published: stored with its ranking (one per
 * application), and every application of the batch learns its result (admitted from today, R-SME-7).
 */
@Component("publishSmeDetermination")
class PublishSmeDetermination implements JavaDelegate {

	static final String MESSAGE = "SmeBatchDetermined";

	private final SmeBatches batches;
	private final Applications applications;
	private final RuntimeService runtimeService;
	private final SmeDeterminationList determinationList;

	PublishSmeDetermination(SmeBatches batches, Applications applications, RuntimeService runtimeService,
			SmeDeterminationList determinationList) {
		this.determinationList = determinationList;
		this.batches = batches;
		this.applications = applications;
		this.runtimeService = runtimeService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long batchId = SmeBatchSteps.batchId(execution);
		LocalDate today = EngineClock.today();
		List<SmeDeterminationList.Proposed> proposed = determinationList.of(batchId);
		List<SmeProposal.Item> items = proposed.stream().map(SmeDeterminationList.Proposed::item).toList();
		List<Determination> determinations = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			SmeProposal.Item item = items.get(i);
			Application application = applications.get(item.applicationId());
			Object score = runtimeService.getVariable(application.processInstanceId(), "panelScore");
			determinations.add(new Determination(item.applicationId(), batchId, i + 1,
					score instanceof Number n ? BigDecimal.valueOf(n.doubleValue()) : null, item.admitted(), item.opinion(),
					EngineClock.now()));
		}
		batches.publish(batchId, today, determinations);
		// the determination is the national office's: the official who proposed the list MIIT concurred with
		String determinedBy = proposed.isEmpty() ? null : proposed.get(proposed.size() - 1).decision().decidedBy();
		for (SmeProposal.Item item : items) {
			runtimeService.createMessageCorrelation(MESSAGE)
					.processInstanceId(applications.get(item.applicationId()).processInstanceId())
					.setVariables(Map.of("admitted", item.admitted(), "determinationOpinion", item.opinion(), "admittedOn",
							today.toString(), "determinedBy", determinedBy == null ? "cnipa" : determinedBy))
					.correlateWithResult();
		}
		execution.setVariable("publishedOn", today.toString());
	}
}

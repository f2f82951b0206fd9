package cn.pilotcity.sme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.pilotcity.review.Review;
import cn.pilotcity.system.EngineClock;

/**
 * R-SME-6: once CNIPA and MIIT agree, the determination is published: stored with its ranking (one per
 * application), and every application of the batch learns its result (admitted from today, R-SME-7).
 */
@Component("publishSmeDetermination")
class PublishSmeDetermination implements JavaDelegate {

	static final String MESSAGE = "SmeBatchDetermined";

	private final SmeBatches batches;
	private final RuntimeService runtimeService;
	private final SmeDeterminationList determinationList;
	private final SmeDeterminationWorklist worklist;

	PublishSmeDetermination(SmeBatches batches, RuntimeService runtimeService, SmeDeterminationList determinationList,
			SmeDeterminationWorklist worklist) {
		this.determinationList = determinationList;
		this.batches = batches;
		this.runtimeService = runtimeService;
		this.worklist = worklist;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long batchId = SmeBatchVariables.of(execution).batchId();
		LocalDate today = EngineClock.today();
		List<SmeDeterminationList.Proposed> proposed = determinationList.of(batchId);
		List<Determination> determinations = new ArrayList<>();
		for (int i = 0; i < proposed.size(); i++) {
			SmeDeterminationList.Proposed item = proposed.get(i);
			long applicationId = item.application().id();
			determinations.add(new Determination(applicationId, batchId, i + 1,
					worklist.conclusion(applicationId).map(Review::panelScore).orElse(null), item.admitted(), item.opinion(),
					EngineClock.now()));
		}
		batches.publish(batchId, today, determinations);
		// the determination is the national office's: the official who proposed the list MIIT concurred with
		String determinedBy = proposed.isEmpty() ? null : proposed.get(proposed.size() - 1).decision().decidedBy();
		for (SmeDeterminationList.Proposed item : proposed) {
			runtimeService.createMessageCorrelation(MESSAGE).processInstanceId(item.application().processInstanceId())
					.setVariables(Map.of("admitted", item.admitted(), "determinationOpinion", item.opinion(), "admittedOn",
							today.toString(), "determinedBy", determinedBy == null ? "cnipa" : determinedBy))
					.correlateWithResult();
		}
	}
}

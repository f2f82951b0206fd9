package cn.pilotcity.sme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
		// each application learns only whether it is admitted (its gateway); the rest it reads from the determination
		for (SmeDeterminationList.Proposed item : proposed) {
			runtimeService.createMessageCorrelation(MESSAGE).processInstanceId(item.application().processInstanceId())
					.setVariable(SmeApplicationVariables.ADMITTED, item.admitted()).correlateWithResult();
		}
	}
}

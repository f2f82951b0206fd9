package cn.pilotcity.sme;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.Applications;

/**
 * R-SME-3: saves the city's revision of a returned application and clears the previous round's
 * decisions, so the provincial offices decide afresh on the revised text.
 */
@Component("recordSmeRevision")
class RecordSmeRevision implements JavaDelegate {

	static final List<String> ROUND_VARIABLES = List.of("provIpDecision", "provIpOpinion", "provSmeDecision",
			"provSmeOpinion", "jointDocNumber", "cityAction", "revisionNote");

	private final Applications applications;

	RecordSmeRevision(Applications applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		applications.revise(SmeApplicationSteps.applicationId(execution), SmeApplicationForm.content(execution));
		execution.removeVariables(ROUND_VARIABLES);
	}
}

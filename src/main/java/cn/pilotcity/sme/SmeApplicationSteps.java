package cn.pilotcity.sme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;

/**
 * The status steps of {@code sme-application.bpmn}, called by expression
 * ({@code ${smeApplicationSteps.markReturned(execution)}}). Process variables carry ids and decision
 * inputs; the application itself lives in our tables.
 */
@Component("smeApplicationSteps")
public class SmeApplicationSteps {

	private final Applications applications;

	SmeApplicationSteps(Applications applications) {
		this.applications = applications;
	}

	public void markReturned(DelegateExecution execution) {
		applications.markStatus(applicationId(execution), ApplicationStatus.RETURNED);
	}

	public void markWithdrawn(DelegateExecution execution) {
		applications.markStatus(applicationId(execution), ApplicationStatus.WITHDRAWN);
	}

	/** R-SME-3: recommended by the joint document of both provincial offices. */
	public void markRecommended(DelegateExecution execution) {
		applications.markRecommended(applicationId(execution), (String) execution.getVariable("jointDocNumber"));
	}

	static long applicationId(DelegateExecution execution) {
		return ((Number) execution.getVariable("applicationId")).longValue();
	}
}

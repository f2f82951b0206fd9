package cn.pilotcity.strongcity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.ApplicationStates;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.Titles;

/**
 * R-SC-6: the plan issued by the city's government (as {@link IssuingRecorder} recorded it), the city holds the
 * strong-city title from the issuing day: the national office's title, on its approval.
 */
@Component("activateStrongCityTitle")
class ActivateStrongCityTitle implements JavaDelegate {

	private final StrongCityPlans plans;
	private final ApplicationStates states;
	private final Titles titles;

	ActivateStrongCityTitle(StrongCityPlans plans, ApplicationStates states, Titles titles) {
		this.plans = plans;
		this.states = states;
		this.titles = titles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = StrongCitySteps.applicationId(execution);
		Approval issued = plans.approval(id).filter(a -> a.issuedOn() != null)
				.orElseThrow(() -> new IllegalStateException("Application " + id + " has no issuing recorded"));
		// the title is the national office's, on its approval; the city's issuing is what makes it take effect
		titles.grant(StrongCityVariables.of(execution).cityCode(), TitleKind.STRONG_CITY, issued.issuedOn(), null,
				"国家知识产权局批复(" + issued.approvalDoc() + "),市人民政府印发实施(" + issued.issuingDoc() + ")",
				issued.approvalDoc(), issued.approvedBy());
		states.markIssued(id);
	}
}

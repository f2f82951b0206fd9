package cn.pilotcity.sme;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.pilotcity.application.ApplicationContent;
import cn.pilotcity.system.FormValues;

/** The application content as the city's start and revision forms submit it. */
final class SmeApplicationForm {

	private SmeApplicationForm() {
	}

	static ApplicationContent content(VariableScope variables) {
		return ApplicationContent.of(FormValues.fieldOfItems(variables.getVariable("clusters"), "name"),
				FormValues.text(variables.getVariable("summary")));
	}
}

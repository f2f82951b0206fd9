package cn.pilotcity.lifecycle;

import org.camunda.bpm.engine.delegate.VariableScope;

/** What the title's lifecycle passes to the processes it calls (the title, its kind, the city and province). */
record LifecycleInputs(long titleId, String titleKind, String cityCode, String cityName, String provinceCode,
		String provinceName) {

	static LifecycleInputs of(VariableScope scope) {
		return new LifecycleInputs(((Number) scope.getVariable("titleId")).longValue(), (String) scope.getVariable("titleKind"),
				(String) scope.getVariable("cityCode"), (String) scope.getVariable("cityName"),
				(String) scope.getVariable("provinceCode"), (String) scope.getVariable("provinceName"));
	}
}

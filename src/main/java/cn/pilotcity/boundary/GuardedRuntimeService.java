package cn.pilotcity.boundary;

import org.camunda.bpm.engine.impl.RuntimeServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;

/** The engine's runtime service, whose instances a user starts only as a start form would ({@link GuardedInstantiation}). */
class GuardedRuntimeService extends RuntimeServiceImpl {

	private final Caller caller;

	GuardedRuntimeService(Caller caller) {
		this.caller = caller;
	}

	@Override
	public ProcessInstantiationBuilder createProcessInstanceById(String processDefinitionId) {
		return GuardedInstantiation.byId(getCommandExecutor(), caller, processDefinitionId);
	}

	@Override
	public ProcessInstantiationBuilder createProcessInstanceByKey(String processDefinitionKey) {
		return GuardedInstantiation.byKey(getCommandExecutor(), caller, processDefinitionKey);
	}
}

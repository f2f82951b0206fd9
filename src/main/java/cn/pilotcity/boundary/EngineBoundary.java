package cn.pilotcity.boundary;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts the boundary into the engine itself, so that it holds for every way in — the REST API, the webapps' own
 * API, our pages and the Java API called as a user: the engine's services as they are, except what a user may
 * send or trigger ({@link GuardedTaskService}, {@link GuardedFormService}, {@link GuardedRuntimeService},
 * {@link GuardedManagementService}, {@link GuardedIdentityService}).
 */
@Component
class EngineBoundary extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		Caller caller = new Caller(configuration);
		configuration.setIdentityService(new GuardedIdentityService(caller));
		configuration.setTaskService(new GuardedTaskService(caller));
		configuration.setFormService(new GuardedFormService(caller));
		configuration.setRuntimeService(new GuardedRuntimeService(caller));
		configuration.setManagementService(new GuardedManagementService(configuration, caller));
	}
}

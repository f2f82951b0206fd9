package cn.pilotcity.boundary;

import java.util.Map;

import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Starting an instance through the runtime service ({@code POST /process-definition/{id}/start} and the Java API):
 * a user starts at the start event, with what the start form asks and nothing else, and no business key of his
 * own; starting at a chosen activity, or skipping listeners and mappings, is for administrators.
 */
final class GuardedInstantiation extends ProcessInstantiationBuilderImpl {

	static final String ONLY_FROM_THE_START = "流程只能从开始处发起";

	private final Caller caller;

	private GuardedInstantiation(CommandExecutor commands, Caller caller) {
		super(commands);
		this.caller = caller;
	}

	static GuardedInstantiation byId(CommandExecutor commands, Caller caller, String processDefinitionId) {
		GuardedInstantiation builder = new GuardedInstantiation(commands, caller);
		builder.processDefinitionId = processDefinitionId;
		return builder;
	}

	static GuardedInstantiation byKey(CommandExecutor commands, Caller caller, String processDefinitionKey) {
		GuardedInstantiation builder = new GuardedInstantiation(commands, caller);
		builder.processDefinitionKey = processDefinitionKey;
		return builder;
	}

	@Override
	public ProcessInstanceWithVariables executeWithVariablesInReturn(boolean skipCustomListeners, boolean skipIoMappings) {
		if (caller.isUser()) {
			if (businessKey != null && !businessKey.isBlank()) {
				throw Caller.refused(GuardedFormService.NO_BUSINESS_KEY);
			}
			if (!caller.isAdministrator()
					&& (skipCustomListeners || skipIoMappings || !modificationBuilder.getModificationOperations().isEmpty())) {
				throw Caller.refused(ONLY_FROM_THE_START);
			}
			if (modificationBuilder.getModificationOperations().isEmpty()) {
				VariableMap variables = modificationBuilder.getProcessVariables();
				Map<String, Object> accepted = new Submissions(commandExecutor).ofStart(processDefinitionId,
						processDefinitionKey, variables, values -> {
							variables.clear();
							variables.putAll(values);
							super.executeWithVariablesInReturn(false, false);
						});
				variables.clear();
				variables.putAll(accepted);
			}
		}
		return super.executeWithVariablesInReturn(skipCustomListeners, skipIoMappings);
	}
}

package cn.pilotcity.boundary;

import java.util.Map;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's form service as the Tasklist and the REST API reach it: a task's form or a start form is submitted
 * with the fields of that form only, each checked by the form's rules ({@link Submissions}). The business key of a
 * new instance is our code's to give, never the user's.
 */
class GuardedFormService extends FormServiceImpl {

	static final String NO_BUSINESS_KEY = "业务编号由系统生成,发起时请勿填写";

	private final Caller caller;

	GuardedFormService(Caller caller) {
		this.caller = caller;
	}

	private Submissions submissions() {
		return new Submissions(getCommandExecutor());
	}

	private Map<String, Object> checked(String taskId, Map<String, Object> properties) {
		return caller.isUser() ? submissions().ofTask(taskId, properties, values -> super.submitTaskForm(taskId, values))
				: properties;
	}

	@Override
	public void submitTaskForm(String taskId, Map<String, Object> properties) {
		super.submitTaskForm(taskId, checked(taskId, properties));
	}

	@Override
	public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
			boolean deserializeValues) {
		return super.submitTaskFormWithVariablesInReturn(taskId, checked(taskId, properties), deserializeValues);
	}

	@Override
	public ProcessInstance submitStartForm(String processDefinitionId, Map<String, Object> properties) {
		return submitStartForm(processDefinitionId, null, properties);
	}

	@Override
	public ProcessInstance submitStartForm(String processDefinitionId, String businessKey, Map<String, Object> properties) {
		if (!caller.isUser()) {
			return super.submitStartForm(processDefinitionId, businessKey, properties);
		}
		if (businessKey != null && !businessKey.isBlank()) {
			throw Caller.refused(NO_BUSINESS_KEY);
		}
		return super.submitStartForm(processDefinitionId, null, submissions().ofStart(processDefinitionId, null, properties,
				values -> super.submitStartForm(processDefinitionId, null, values)));
	}

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public ProcessInstance submitStartFormData(String processDefinitionId, String businessKey, Map<String, String> properties) {
		return submitStartForm(processDefinitionId, businessKey, (Map) properties);
	}

	@Override
	public ProcessInstance submitStartFormData(String processDefinitionId, Map<String, String> properties) {
		return submitStartFormData(processDefinitionId, null, properties);
	}
}

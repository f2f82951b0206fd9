package cn.pilotcity.boundary;

import java.io.InputStream;
import java.util.Collection;
import java.util.Map;

import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's task service as the REST API and the webapps reach it: a user completes a task only with the fields
 * of its form, checked by the form's rules ({@link Submissions}); he cannot change a task's variables beside his
 * form, throw a BPMN error or escalation from a task (they would skip the task's checks and its decision record),
 * delegate it, or attach files past our attachment checks. Our own code is not held to this.
 */
class GuardedTaskService extends TaskServiceImpl {

	static final String ONLY_THE_FORM = "只能通过任务表单办理,不能单独修改流程数据";
	static final String NO_ERRORS = "不能由用户直接结束或跳转流程,请通过任务表单办理";
	static final String NO_DELEGATION = "本系统的任务不能委派他人办理";
	static final String NO_ENGINE_ATTACHMENTS = "请在申报材料页面上传附件";

	private final Caller caller;

	GuardedTaskService(Caller caller) {
		this.caller = caller;
	}

	@Override
	public void complete(String taskId, Map<String, Object> variables) {
		super.complete(taskId, caller.isUser()
				? new Submissions(getCommandExecutor()).ofTask(taskId, variables, values -> super.complete(taskId, values))
				: variables);
	}

	@Override
	public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables, boolean deserializeValues) {
		return super.completeWithVariablesInReturn(taskId, caller.isUser()
				? new Submissions(getCommandExecutor()).ofTask(taskId, variables, values -> super.complete(taskId, values))
				: variables, deserializeValues);
	}

	@Override
	public void resolveTask(String taskId) {
		caller.requireOwnCode(NO_DELEGATION);
		super.resolveTask(taskId);
	}

	@Override
	public void resolveTask(String taskId, Map<String, Object> variables) {
		caller.requireOwnCode(NO_DELEGATION);
		super.resolveTask(taskId, variables);
	}

	@Override
	public void delegateTask(String taskId, String userId) {
		caller.requireOwnCode(NO_DELEGATION);
		super.delegateTask(taskId, userId);
	}

	@Override
	protected void setVariables(String taskId, Map<String, ? extends Object> variables, boolean local) {
		caller.requireAdministrator(ONLY_THE_FORM);
		super.setVariables(taskId, variables, local);
	}

	@Override
	protected void updateVariables(String taskId, Map<String, ? extends Object> modifications, Collection<String> deletions,
			boolean local) {
		caller.requireAdministrator(ONLY_THE_FORM);
		super.updateVariables(taskId, modifications, deletions, local);
	}

	@Override
	public void removeVariable(String taskId, String variableName) {
		caller.requireAdministrator(ONLY_THE_FORM);
		super.removeVariable(taskId, variableName);
	}

	@Override
	public void removeVariableLocal(String taskId, String variableName) {
		caller.requireAdministrator(ONLY_THE_FORM);
		super.removeVariableLocal(taskId, variableName);
	}

	@Override
	public void removeVariables(String taskId, Collection<String> variableNames) {
		caller.requireAdministrator(ONLY_THE_FORM);
		super.removeVariables(taskId, variableNames);
	}

	@Override
	public void removeVariablesLocal(String taskId, Collection<String> variableNames) {
		caller.requireAdministrator(ONLY_THE_FORM);
		super.removeVariablesLocal(taskId, variableNames);
	}

	@Override
	public void handleBpmnError(String taskId, String errorCode) {
		caller.requireOwnCode(NO_ERRORS);
		super.handleBpmnError(taskId, errorCode);
	}

	@Override
	public void handleBpmnError(String taskId, String errorCode, String errorMessage) {
		caller.requireOwnCode(NO_ERRORS);
		super.handleBpmnError(taskId, errorCode, errorMessage);
	}

	@Override
	public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
		caller.requireOwnCode(NO_ERRORS);
		super.handleBpmnError(taskId, errorCode, errorMessage, variables);
	}

	@Override
	public void handleEscalation(String taskId, String escalationCode) {
		caller.requireOwnCode(NO_ERRORS);
		super.handleEscalation(taskId, escalationCode);
	}

	@Override
	public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
		caller.requireOwnCode(NO_ERRORS);
		super.handleEscalation(taskId, escalationCode, variables);
	}

	@Override
	public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId, String attachmentName,
			String attachmentDescription, InputStream content) {
		caller.requireAdministrator(NO_ENGINE_ATTACHMENTS);
		return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription, content);
	}

	@Override
	public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId, String attachmentName,
			String attachmentDescription, String url) {
		caller.requireAdministrator(NO_ENGINE_ATTACHMENTS);
		return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription, url);
	}
}

package cn.pilotcity.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import cn.pilotcity.boundary.FormSubmission.Checked;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.ValidationFailedException;

/**
 * The check of a submission to a task or a start form against its deployed form ({@link FormSubmission}), run as
 * an engine command of its own before the engine's: it reads the task, its form and the variables it sees.
 * Where the form's rules refuse the submission, the engine's own handling (the feature's completion listener with
 * its business checks) is tried in a transaction that is always rolled back: where it refuses too, its refusal
 * names the problems in the words of the business and is what the user reads; otherwise the form's problems are.
 */
final class Submissions {

	static final String NO_FORM = "此任务没有可填写的表单,不能提交数据";
	static final String NOT_YOUR_TASK = "您无权办理此任务:它不在您的待办范围内";
	static final String ADMINISTRATORS_DO_NOT_DECIDE = "系统管理员负责账号、权限和运行维护,不代替承办单位办理业务任务;"
			+ "请由该任务的承办单位办理";
	static final String NOT_YOUR_PROCESS = "您无权发起此流程";

	private final CommandExecutor commands;

	Submissions(CommandExecutor commands) {
		this.commands = commands;
	}

	/**
	 * What of a task's submission to apply. A task that does not exist is left to the engine, which answers the
	 * caller as it always does.
	 */
	Map<String, Object> ofTask(String taskId, Map<String, ?> submitted, Consumer<Map<String, Object>> engine) {
		return applicable(checkTask(taskId, submitted), engine);
	}

	/** What of a start form's submission to apply; a process without a start form takes no variables. */
	Map<String, Object> ofStart(String processDefinitionId, String processDefinitionKey, Map<String, ?> submitted,
			Consumer<Map<String, Object>> engine) {
		return applicable(checkStart(processDefinitionId, processDefinitionKey, submitted), engine);
	}

	private Map<String, Object> applicable(Checked checked, Consumer<Map<String, Object>> engine) {
		if (!checked.refused()) {
			return checked.accepted();
		}
		throw withTheEnginesRefusal(checked, engine);
	}

	private InvalidInputException withTheEnginesRefusal(Checked checked, Consumer<Map<String, Object>> engine) {
		try {
			commands.execute(context -> {
				engine.accept(checked.accepted());
				throw new RolledBack();
			});
		}
		catch (InvalidInputException refused) {
			// the feature's own check names the problems in the words of its business
			return refused;
		}
		catch (AuthorizationException refused) {
			throw refused;
		}
		catch (RuntimeException notTheUsersToFix) {
			// values of the wrong kind may break a step that expects the form's kinds; the form's problems say it
		}
		return new ValidationFailedException(FormSubmission.REFUSED, checked.problems());
	}

	/** Ends the trial of a refused submission: nothing of it is kept. */
	private static final class RolledBack extends RuntimeException {
		RolledBack() {
			super(null, null, false, false);
		}
	}

	private Checked checkTask(String taskId, Map<String, ?> submitted) {
		return commands.execute(context -> {
			TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
			if (task == null) {
				return new Checked(copy(submitted), List.of());
			}
			// whoever may not work the task learns nothing of its form
			authorized(NOT_YOUR_TASK, () -> context.getProcessEngineConfiguration().getCommandCheckers()
					.forEach(checker -> checker.checkTaskWork(task)));
			officialsDecide(context.getAuthentication(), task);
			Optional<FormSchema> form = DeployedForms.ofTask(context, task);
			if (form.isEmpty()) {
				if (submitted != null && !submitted.isEmpty()) {
					throw new InvalidInputException(NO_FORM);
				}
				return new Checked(Map.of(), List.of());
			}
			FormSubmission.refuseForeign(form.get(), submitted);
			return FormSubmission.accept(form.get(), submitted, new HashMap<>(task.getVariables()));
		});
	}

	private Checked checkStart(String processDefinitionId, String processDefinitionKey, Map<String, ?> submitted) {
		return commands.execute(context -> {
			DeploymentCache deployed = context.getProcessEngineConfiguration().getDeploymentCache();
			ProcessDefinitionEntity definition = processDefinitionId != null
					? deployed.findDeployedProcessDefinitionById(processDefinitionId)
					: deployed.findDeployedLatestProcessDefinitionByKey(processDefinitionKey);
			authorized(NOT_YOUR_PROCESS, () -> context.getProcessEngineConfiguration().getCommandCheckers()
					.forEach(checker -> checker.checkCreateProcessInstance(definition)));
			Optional<FormSchema> form = DeployedForms.ofStart(context, definition.getId());
			if (form.isEmpty()) {
				if (submitted != null && !submitted.isEmpty()) {
					throw new InvalidInputException("该流程发起时不需要填写内容,不能提交数据");
				}
				return new Checked(Map.of(), List.of());
			}
			return FormSubmission.accept(form.get(), submitted, Map.of());
		});
	}

	/**
	 * Administrators administer, officials decide: the administrator's group may do anything in the engine, but
	 * completes a task only where he is one of its candidates himself (by his own group or by name), never in the
	 * name of a province, a city or an expert.
	 */
	private static void officialsDecide(Authentication caller, TaskEntity task) {
		if (caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(Roles.ADMIN)) {
			return;
		}
		boolean candidate = task.getCandidates().stream().anyMatch(link -> caller.getUserId().equals(link.getUserId())
				|| link.getGroupId() != null && !Roles.ADMIN.equals(link.getGroupId())
						&& caller.getGroupIds().contains(link.getGroupId()));
		if (!candidate) {
			throw Caller.refused(ADMINISTRATORS_DO_NOT_DECIDE);
		}
	}

	/** The engine's refusal, in Chinese (the engine's own names the permission and resource in English). */
	private static void authorized(String refusal, Runnable check) {
		try {
			check.run();
		}
		catch (AuthorizationException e) {
			throw Caller.refused(refusal);
		}
	}

	private static Map<String, Object> copy(Map<String, ?> submitted) {
		return submitted == null ? null : new HashMap<>(submitted);
	}
}

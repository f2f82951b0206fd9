package cn.pilotcity.system;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * A task's form values, local to the task: set on the execution of the task's own scope (a user task with
 * boundary events or input parameters is a scope), so that both the Tasklist's submission and a completion
 * with variables write into them, and they go when the task completes. Nothing of the form stays in the process.
 */
public final class TaskForms {

	private TaskForms() {
	}

	/** Called by a feature's form listener on {@code create}, with the values read from our tables. */
	public static void fill(DelegateTask task, Map<String, ?> values) {
		ExecutionEntity execution = (ExecutionEntity) task.getExecution();
		if (execution.getActivity() == null || !execution.getActivity().isScope()
				|| !task.getTaskDefinitionKey().equals(execution.getActivityId())) {
			throw new IllegalStateException("User task " + task.getTaskDefinitionKey()
					+ " is no scope of its own: give it an input parameter (the fields it asks) so its form stays local");
		}
		execution.setVariablesLocal(values);
	}
}

package cn.pilotcity.support;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * How the test drivers complete a task. The tests call the task service (their submissions are checked by the
 * boundary all the same); the benchmark submits the task's form as the Tasklist does
 * ({@code -Dpilotcity.submit-as-tasklist=true}), which also writes what a form submission writes.
 */
public final class TasklistSubmission {

	private static final boolean AS_TASKLIST = Boolean.getBoolean("pilotcity.submit-as-tasklist");

	private TasklistSubmission() {
	}

	public static void complete(ProcessEngine engine, String taskId, Map<String, Object> variables) {
		if (AS_TASKLIST) {
			engine.getFormService().submitTaskForm(taskId, variables);
		}
		else {
			engine.getTaskService().complete(taskId, variables);
		}
	}
}

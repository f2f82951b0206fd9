package cn.pilotcity.deadline;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.pilotcity.notification.Notice;
import cn.pilotcity.notification.Notifications;

/**
 * What a deadline timer says (R-X-2). Called from a timer's service step:
 * {@code ${taskNotices.remind(execution, 'Task_Review')}} reminds the people of the open task(s) with that id
 * in the timer's scope; {@code ${taskNotices.escalate(execution, 'Task_Review', 'cnipa')}} tells the
 * supervising group that the task is overdue, and its people too. Several supervising groups are given
 * comma-separated ({@code 'prov-ip-320000,cnipa'}).
 */
@Component("taskNotices")
public class TaskNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZoneId.systemDefault());

	private final Notifications notifications;
	private final String baseUrl;

	TaskNotices(Notifications notifications, @Value("${pilotcity.base-url:http://localhost:8080}") String baseUrl) {
		this.notifications = notifications;
		this.baseUrl = baseUrl;
	}

	public void remind(DelegateExecution execution, String taskKey) {
		for (Task task : openTasks(execution, taskKey)) {
			notifications.toUsers(people(execution.getProcessEngineServices(), task), notice(task,
					"【待办提醒】" + subject(execution, task) + " 将于" + due(task) + "到期",
					"您有一项待办任务即将到期,请及时办理。"));
		}
	}

	public void escalate(DelegateExecution execution, String taskKey, String supervisingGroup) {
		for (Task task : openTasks(execution, taskKey)) {
			Notice overdue = notice(task, "【逾期督办】" + subject(execution, task) + " 已于" + due(task) + "逾期",
					"该任务已超过办理期限,尚未办理完毕。");
			notifications.toUsers(people(execution.getProcessEngineServices(), task), overdue);
			notifications.toGroups(List.of(supervisingGroup.split(",")), overdue);
		}
	}

	/** The open tasks with this id in the timer's own scope (one instance of a multi-instance review), else in the process. */
	private static List<Task> openTasks(DelegateExecution execution, String taskKey) {
		ProcessEngineServices engine = execution.getProcessEngineServices();
		List<Task> all = engine.getTaskService().createTaskQuery().processInstanceId(execution.getProcessInstanceId())
				.taskDefinitionKey(taskKey).list();
		ActivityInstance tree = engine.getRuntimeService().getActivityInstance(execution.getProcessInstanceId());
		Set<String> executionsInScope = new LinkedHashSet<>();
		collect(tree, execution.getParentActivityInstanceId(), taskKey, executionsInScope);
		List<Task> inScope = all.stream().filter(t -> executionsInScope.contains(t.getExecutionId())).toList();
		return inScope.isEmpty() ? all : inScope;
	}

	private static void collect(ActivityInstance node, String scopeId, String taskKey, Set<String> executions) {
		if (node == null) {
			return;
		}
		for (ActivityInstance child : node.getChildActivityInstances()) {
			if (child.getActivityId().equals(taskKey) && node.getId().equals(scopeId)) {
				executions.addAll(List.of(child.getExecutionIds()));
			}
			collect(child, scopeId, taskKey, executions);
		}
	}

	private static List<String> people(ProcessEngineServices engine, Task task) {
		if (task.getAssignee() != null) {
			return List.of(task.getAssignee());
		}
		List<String> users = new ArrayList<>();
		for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
			if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			if (link.getUserId() != null) {
				users.add(link.getUserId());
			}
			else if (link.getGroupId() != null) {
				engine.getIdentityService().createUserQuery().memberOfGroup(link.getGroupId()).list()
						.forEach(u -> users.add(u.getId()));
			}
		}
		return users;
	}

	private Notice notice(Task task, String subject, String text) {
		String body = text + "\n\n任务:" + task.getName() + (task.getDueDate() == null ? "" : "\n到期日期:" + due(task))
				+ "\n办理地址:" + baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId();
		return new Notice(subject, body, task.getProcessInstanceId(), task.getId());
	}

	private static String subject(DelegateExecution execution, Task task) {
		Object subject = execution.getVariable("subject");
		if (subject == null) {
			return task.getName();
		}
		// the task's card names its city; the subject already does
		Object city = execution.getVariable("cityName");
		String name = task.getName();
		String suffix = " · " + city;
		return subject + " · " + (city != null && name.endsWith(suffix) && subject.toString().contains(city.toString())
				? name.substring(0, name.length() - suffix.length()) : name);
	}

	private static String due(Task task) {
		return task.getDueDate() == null ? "(未设定)" : DAY.format(task.getDueDate().toInstant());
	}
}

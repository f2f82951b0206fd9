package cn.pilotcity.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters, one per role, with Chinese names. Each lists the tasks of the user's own
 * groups; the engine's authorizations make sure a user never sees another region's tasks.
 */
@Component
class TasklistFilters {

	/** Which tasks a filter lists. */
	private enum Scope {
		/** Tasks assigned to the user. */
		ASSIGNED_TO_ME,
		/** Tasks of the user's groups, claimed or not. */
		MY_GROUPS,
		/** Review tasks assigned to the user: an expert's tasks have an assignee and no candidate group. */
		MY_REVIEWS
	}

	/**
	 * @param version raised when the filter's query or place changes; an existing filter with a lower version is
	 *                updated at the next start (otherwise existing filters are left as an administrator set them)
	 */
	private record FilterSpec(String name, String description, int priority, String color,
			Function<RoleGroups, List<String>> readers, Scope scope, int version) {
	}

	static final String REVIEW_PROCESS = "expert-review";
	private static final String VERSION = "pilotcityVersion";

	private static final List<FilterSpec> FILTERS = List.of(
			new FilterSpec("我的待办", "已认领、由我办理的任务", -10, "#555555", g -> List.of(Grant.ALL_USERS), Scope.ASSIGNED_TO_ME, 1),
			new FilterSpec("本市待办", "本市知识产权局的待办任务", -20, "#1f6fb2", RoleGroups::cityGroups, Scope.MY_GROUPS, 2),
			new FilterSpec("本省待办", "本省知识产权局或中小企业主管部门的待办任务", -20, "#1f6fb2", RoleGroups::provincialGroups, Scope.MY_GROUPS, 2),
			new FilterSpec("国家局待办", "国家知识产权局的待办任务", -20, "#b21f1f", g -> List.of(Roles.CNIPA), Scope.MY_GROUPS, 2),
			new FilterSpec("工信部待办", "工业和信息化部的待办任务", -20, "#b21f1f", g -> List.of(Roles.MIIT), Scope.MY_GROUPS, 2),
			new FilterSpec("评审任务", "分配给我的专家评审任务", -20, "#2a8a3e", g -> List.of(Roles.EXPERTS), Scope.MY_REVIEWS, 3),
			new FilterSpec("评估任务", "第三方评估任务", -20, "#2a8a3e", g -> List.of(Roles.EVALUATORS), Scope.MY_GROUPS, 2));

	private final FilterService filterService;
	private final TaskService taskService;

	TasklistFilters(FilterService filterService, TaskService taskService) {
		this.filterService = filterService;
		this.taskService = taskService;
	}

	/** Creates missing filters and returns who may read each. */
	List<Grant> ensure(RoleGroups groups) {
		Map<String, String> ids = new LinkedHashMap<>();
		for (FilterSpec spec : FILTERS) {
			Filter filter = filterService.createTaskFilterQuery().filterName(spec.name()).singleResult();
			if (filter == null) {
				filter = filterService.newTaskFilter(spec.name()).setQuery(query(spec)).setProperties(properties(spec));
				filterService.saveFilter(filter);
			}
			else if (versionOf(filter) < spec.version()) {
				filter.setQuery(query(spec));
				filter.setProperties(properties(spec));
				filterService.saveFilter(filter);
			}
			ids.put(spec.name(), filter.getId());
		}
		List<Grant> grants = new ArrayList<>();
		for (FilterSpec spec : FILTERS) {
			for (String group : spec.readers().apply(groups)) {
				grants.add(Grant.of(group, Resources.FILTER, ids.get(spec.name()), Permissions.READ));
			}
		}
		return grants;
	}

	private TaskQuery query(FilterSpec spec) {
		TaskQuery query = taskService.createTaskQuery();
		switch (spec.scope()) {
			case ASSIGNED_TO_ME -> query.taskAssigneeExpression("${currentUser()}");
			case MY_GROUPS -> query.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
			case MY_REVIEWS -> query.taskAssigneeExpression("${currentUser()}").processDefinitionKey(REVIEW_PROCESS);
		}
		return query.orderByDueDate().asc().orderByTaskCreateTime().desc();
	}

	private static int versionOf(Filter filter) {
		Object version = filter.getProperties() == null ? null : filter.getProperties().get(VERSION);
		return version instanceof Number n ? n.intValue() : 1;
	}

	private static Map<String, Object> properties(FilterSpec spec) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", spec.description());
		properties.put("priority", spec.priority());
		properties.put("color", spec.color());
		properties.put("refresh", true);
		properties.put("showUndefinedVariable", false);
		properties.put(VERSION, spec.version());
		properties.put("variables", List.of(
				Map.of("name", "cityName", "label", "城市"),
				Map.of("name", "subject", "label", "事项")));
		return properties;
	}
}

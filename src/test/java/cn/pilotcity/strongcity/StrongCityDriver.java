package cn.pilotcity.strongcity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

import cn.pilotcity.support.TestUsers;

/** Drives {@code strong-city-application} through the engine API as the real users, authorization on. */
class StrongCityDriver {

	static final String PROCESS = "strong-city-application";
	static final String DRAFT = "Task_DraftPlan";
	static final String GUIDANCE = "Task_ProvincialGuidance";
	static final String CHECK = "Task_FormalCheck";
	static final String REVISE = "Task_RevisePlan";
	static final String APPROVE = "Task_Approve";
	static final String ISSUE = "Task_IssuePlan";

	private final ProcessEngine engine;
	private final TestUsers users;

	StrongCityDriver(ProcessEngine engine, TestUsers users) {
		this.engine = engine;
		this.users = users;
	}

	ProcessInstance apply(String cityCode) {
		return as(users.city(cityCode), () -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS,
				Map.of("acknowledged", true)));
	}

	/** A complete plan: one work project for each of the five major projects. */
	static Map<String, Object> plan(String note) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("overallGoals", "到 2030 年,知识产权创造质量、运用效益、保护效果、管理能力和服务水平全面提升,建成具有国际影响力的知识产权强市,"
				+ "每万人口高价值发明专利拥有量达到 30 件。");
		variables.put("startYear", 2026L);
		variables.put("endYear", 2030L);
		for (MajorProject project : MajorProject.values()) {
			variables.put(project.variable(), SpinValues.jsonValue("[{\"name\":\"" + project.label() + "重点项目\","
					+ "\"target\":\"完成" + project.label() + "年度任务\",\"targetValue\":100,\"targetUnit\":\"项\","
					+ "\"measures\":\"制定专项实施方案,明确责任分工,定期督查推进。\",\"responsibleUnit\":\"市知识产权局\","
					+ "\"budget\":500,\"startYear\":2026,\"endYear\":2030}]").create());
		}
		variables.put("planNote", note);
		return variables;
	}

	void submitPlan(ProcessInstance instance, String cityCode, String taskKey, Map<String, Object> plan) {
		complete(users.city(cityCode), instance, taskKey, plan);
	}

	void guide(ProcessInstance instance, String provinceCode, String decision, String opinion) {
		complete(users.provincialIpOffice(provinceCode), instance, GUIDANCE,
				Map.of("provGuidanceDecision", decision, "provGuidanceOpinion", opinion));
	}

	void check(ProcessInstance instance, String decision, String opinion) {
		complete(users.cnipa(), instance, CHECK, Map.of("formalCheckDecision", decision, "formalCheckOpinion", opinion));
	}

	long applicationId(ProcessInstance instance) {
		return ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
				.variableName("applicationId").singleResult().getValue()).longValue();
	}

	Task task(ProcessInstance instance, String key) {
		List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
				.taskDefinitionKey(key).list();
		return tasks.isEmpty() ? null : tasks.get(0);
	}

	void complete(String userId, ProcessInstance instance, String key, Map<String, Object> variables) {
		Task task = task(instance, key);
		if (task == null) {
			throw new AssertionError("no open task " + key);
		}
		as(userId, () -> {
			engine.getTaskService().complete(task.getId(), variables);
			return null;
		});
	}

	<T> T as(String userId, Supplier<T> action) {
		users.login(userId);
		try {
			return action.get();
		}
		finally {
			users.logout();
		}
	}
}

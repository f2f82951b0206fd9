package cn.pilotcity.strongcity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.pilotcity.support.Http;
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
	private final Http http;

	StrongCityDriver(ProcessEngine engine, TestUsers users, TestRestTemplate rest) {
		this.engine = engine;
		this.users = users;
		this.http = new Http(rest);
	}

	ProcessInstance apply(String cityCode) {
		return as(users.city(cityCode), () -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS,
				Map.of("acknowledged", true)));
	}

	/** A complete plan as the plan page sends it: one work project for each of the five major projects. */
	static Map<String, Object> completePlan() {
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("overallGoals", "到 2030 年,知识产权创造质量、运用效益、保护效果、管理能力和服务水平全面提升,建成具有国际影响力的知识产权强市,"
				+ "每万人口高价值发明专利拥有量达到 30 件。");
		plan.put("startYear", 2026);
		plan.put("endYear", 2030);
		for (MajorProject project : MajorProject.values()) {
			Map<String, Object> work = new LinkedHashMap<>();
			work.put("name", project.label() + "重点项目");
			work.put("target", "完成" + project.label() + "年度任务");
			work.put("targetValue", 100);
			work.put("targetUnit", "项");
			work.put("measures", "制定专项实施方案,明确责任分工,定期督查推进。");
			work.put("responsibleUnit", "市知识产权局");
			work.put("budget", 500);
			work.put("startYear", 2026);
			work.put("endYear", 2030);
			plan.put(project.key(), List.of(work));
		}
		return plan;
	}

	/** The city saves its plan on the plan page (PUT …/plan-draft, as the city's user). */
	ResponseEntity<JsonNode> savePlan(ProcessInstance instance, String cityCode, Map<String, Object> plan) {
		return http.exchange(users.city(cityCode), HttpMethod.PUT,
				"/api/strong-city/applications/" + applicationId(instance) + "/plan-draft", plan);
	}

	/** Saves a complete plan and submits it in the Tasklist task with the note. */
	void submitPlan(ProcessInstance instance, String cityCode, String taskKey, String note) {
		ResponseEntity<JsonNode> saved = savePlan(instance, cityCode, completePlan());
		if (saved.getStatusCode() != HttpStatus.NO_CONTENT) {
			throw new AssertionError("plan not saved: " + saved.getBody());
		}
		submitSaved(instance, cityCode, taskKey, note);
	}

	/** Submits whatever plan the city saved last. */
	void submitSaved(ProcessInstance instance, String cityCode, String taskKey, String note) {
		complete(users.city(cityCode), instance, taskKey, Map.of("planNote", note));
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

package cn.pilotcity.sme;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

import cn.pilotcity.support.TestUsers;

/** Drives {@code sme-application} through the engine API as the real users would, authorization on. */
class SmeApplicationDriver {

	static final String PROCESS = "sme-application";
	static final String IP_OFFICE_TASK = "Task_ProvincialIpOfficeReview";
	static final String SME_AUTHORITY_TASK = "Task_ProvincialSmeAuthorityReview";
	static final String REVISE_TASK = "Task_ReviseApplication";

	private final ProcessEngine engine;
	private final TestUsers users;

	SmeApplicationDriver(ProcessEngine engine, TestUsers users) {
		this.engine = engine;
		this.users = users;
	}

	static Map<String, Object> content(String summary, String... clusters) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < clusters.length; i++) {
			json.append(i == 0 ? "" : ",").append("{\"name\":\"").append(clusters[i]).append("\"}");
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("clusters", SpinValues.jsonValue(json.append("]").toString()).create());
		variables.put("summary", summary);
		return variables;
	}

	static Map<String, Object> validContent() {
		return content("以纳米技术产业集聚区为载体,培育知识产权优势中小企业,建设服务机构,完善政策与资金保障。", "工业园区纳米技术产业集聚区");
	}

	ProcessInstance submit(String cityCode, Map<String, Object> variables) {
		return as(users.city(cityCode),
				() -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS, variables));
	}

	Task task(ProcessInstance instance, String taskKey) {
		return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
				.taskDefinitionKey(taskKey).singleResult();
	}

	void complete(String userId, ProcessInstance instance, String taskKey, Map<String, Object> variables) {
		Task task = task(instance, taskKey);
		as(userId, () -> {
			engine.getTaskService().complete(task.getId(), variables);
			return null;
		});
	}

	void ipOfficeDecides(ProcessInstance instance, String provinceCode, String decision, String opinion, String doc) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("provIpDecision", decision);
		variables.put("provIpOpinion", opinion);
		variables.put("jointDocNumber", doc);
		complete(users.provincialIpOffice(provinceCode), instance, IP_OFFICE_TASK, variables);
	}

	void smeAuthorityDecides(ProcessInstance instance, String provinceCode, String decision, String opinion) {
		complete(users.provincialSmeAuthority(provinceCode), instance, SME_AUTHORITY_TASK,
				Map.of("provSmeDecision", decision, "provSmeOpinion", opinion));
	}

	void cityRevises(ProcessInstance instance, String cityCode, String action, String note, Map<String, Object> content) {
		Map<String, Object> variables = new HashMap<>(content);
		variables.put("cityAction", action);
		variables.put("revisionNote", note);
		complete(users.city(cityCode), instance, REVISE_TASK, variables);
	}

	<T> T as(String userId, java.util.function.Supplier<T> action) {
		users.login(userId);
		try {
			return action.get();
		}
		finally {
			users.logout();
		}
	}
}

package cn.pilotcity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.support.Http;
import cn.pilotcity.support.LifecycleDriver;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/**
 * The engine boundary through the REST API, route by route, as a user with a legitimate account would try it on
 * a task he holds: what he sends beside his form is refused with a Chinese 400 and changes nothing; the routes
 * that would change a process other than by his form (variables, BPMN errors, escalations, resolve, delegate,
 * start instructions, business keys), the engine's jobs and his own profile are refused with a 403; the form's
 * rules hold on the server. The same refusals on every task and start form of every process, for each variable
 * name the processes read, are proven by the hostile probe ({@code cn.pilotcity.boundary.BoundaryProbe}).
 */
@PilotCityTest
@Tag("hostile")
class EngineBoundaryRestTest {

	static final String REST = "/engine-rest";
	static final String JIAXING = "330400";
	static final String ZHEJIANG = "330000";

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	LifecycleDriver driver;
	@Autowired
	TestRestTemplate rest;

	Http http;
	Title title;
	String city;
	String province;

	@BeforeEach
	void init() {
		http = new Http(rest);
		city = users.city(JIAXING);
		province = users.provincialIpOffice(ZHEJIANG);
		title = driver.grantAfresh(JIAXING, TitleKind.DEMONSTRATION);
		driver.startNextAssessment(title);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("R-X-1: a variable beside the form — the city, the province, the ids, the initiator — is refused on submit-form and complete with a Chinese 400; the task stays open and nothing changes")
	void extraVariablesAreRefused() {
		Task task = driver.task(title, LifecycleDriver.CITY_REPORT);
		Map<String, Object> before = variables(task);
		Map<String, Object> report = new HashMap<>();
		driver.report(title, true).forEach((k, v) -> report.put(k, Map.of("value", v)));
		for (String forged : List.of("cityCode", "provinceCode", "assessmentId", "titleId", "initiator", "reportSupervisors")) {
			Map<String, Object> body = new HashMap<>(report);
			body.put(forged, Map.of("value", "110100"));
			for (String route : List.of("/submit-form", "/complete")) {
				ResponseEntity<JsonNode> response = http.post(city, REST + "/task/" + task.getId() + route, Map.of("variables", body));
				assertThat(response.getStatusCode().value()).as(route + " with " + forged).isEqualTo(400);
				assertThat(response.getBody().get("message").asText()).as(route + " with " + forged)
						.contains("表单以外的项目(" + forged + ")").doesNotContain("Exception");
			}
		}
		assertThat(driver.task(title, LifecycleDriver.CITY_REPORT)).as("still open").isNotNull();
		assertThat(variables(task)).isEqualTo(before);
	}

	@Test
	@DisplayName("R-X-1: the variable routes of a task, its instance and its executions, BPMN errors, escalations, resolve, delegate and reassignment are refused with a Chinese 403; nothing changes")
	void routesBesideTheFormAreClosed() {
		Task task = driver.task(title, LifecycleDriver.CITY_REPORT);
		Map<String, Object> before = variables(task);
		String t = REST + "/task/" + task.getId();
		String p = REST + "/process-instance/" + task.getProcessInstanceId();
		Map<String, Object> value = Map.of("value", "110100", "type", "String");
		List<Object[]> calls = List.of(
				new Object[] { HttpMethod.PUT, t + "/variables/cityCode", value },
				new Object[] { HttpMethod.PUT, t + "/localVariables/cityCode", value },
				new Object[] { HttpMethod.POST, t + "/variables", Map.of("modifications", Map.of("cityCode", value)) },
				new Object[] { HttpMethod.POST, t + "/localVariables", Map.of("modifications", Map.of("cityCode", value)) },
				new Object[] { HttpMethod.DELETE, t + "/variables/cityCode", null },
				new Object[] { HttpMethod.PUT, p + "/variables/cityCode", value },
				new Object[] { HttpMethod.POST, p + "/variables", Map.of("modifications", Map.of("cityCode", value)) },
				new Object[] { HttpMethod.PUT, REST + "/execution/" + task.getExecutionId() + "/localVariables/cityCode", value },
				new Object[] { HttpMethod.POST, t + "/bpmnError", Map.of("errorCode", "REPORT_MISSING") },
				new Object[] { HttpMethod.POST, t + "/bpmnEscalation", Map.of("escalationCode", "ANY") },
				new Object[] { HttpMethod.POST, t + "/resolve", Map.of("variables", Map.of()) },
				new Object[] { HttpMethod.POST, t + "/delegate", Map.of("userId", province) },
				new Object[] { HttpMethod.POST, t + "/assignee", Map.of("userId", province) },
				new Object[] { HttpMethod.POST, t + "/identity-links", Map.of("groupId", Roles.provincialIpOffice(ZHEJIANG), "type", "candidate") },
				new Object[] { HttpMethod.DELETE, p, null },
				new Object[] { HttpMethod.POST, p + "/modification", Map.of("instructions", List.of(Map.of("type", "cancel",
						"activityId", LifecycleDriver.CITY_REPORT))) },
				new Object[] { HttpMethod.POST, REST + "/message", Map.of("messageName", "anything") },
				new Object[] { HttpMethod.POST, REST + "/signal", Map.of("name", "anything") });
		for (Object[] call : calls) {
			ResponseEntity<JsonNode> response = http.exchange(city, (HttpMethod) call[0], (String) call[1], call[2]);
			assertThat(response.getStatusCode().value()).as(call[0] + " " + call[1]).isEqualTo(403);
			assertThat(response.getBody().get("message").asText()).as(call[0] + " " + call[1]).containsPattern("\\p{IsHan}");
		}
		Task after = driver.task(title, LifecycleDriver.CITY_REPORT);
		assertThat(after).as("still open").isNotNull();
		assertThat(after.getAssignee()).isEqualTo(task.getAssignee());
		assertThat(variables(task)).isEqualTo(before);
	}

	@Test
	@DisplayName("R-X-1: a city can neither list, run nor retry the engine's jobs — its deadline timer keeps its retries — nor run the history clean-up; the administrator can")
	void jobsAreForAdministrators() {
		Task task = driver.task(title, LifecycleDriver.CITY_REPORT);
		Job timer = engine.getManagementService().createJobQuery().processInstanceId(task.getProcessInstanceId()).timers().list()
				.get(0);
		for (int i = 0; i < 4; i++) {
			assertThat(http.post(city, REST + "/job/" + timer.getId() + "/execute", null).getStatusCode().value()).isEqualTo(403);
		}
		assertThat(http.exchange(city, HttpMethod.PUT, REST + "/job/" + timer.getId() + "/retries", Map.of("retries", 0))
				.getStatusCode().value()).isEqualTo(403);
		Job after = engine.getManagementService().createJobQuery().jobId(timer.getId()).singleResult();
		assertThat(after.getRetries()).as("retries unchanged").isEqualTo(timer.getRetries());
		assertThat(after.getExceptionMessage()).isNull();
		for (String read : List.of("/job", "/job/count", "/job-definition", "/batch", "/metrics/activity-instance-start/sum",
				"/history/job-log", "/external-task")) {
			ResponseEntity<JsonNode> response = http.get(city, REST + read);
			assertThat(response.getStatusCode().value()).as(read).isEqualTo(403);
			assertThat(response.getBody().get("message").asText()).contains("系统管理员");
		}
		assertThat(http.post(city, REST + "/history/cleanup", null).getStatusCode().value()).isEqualTo(403);
		assertThat(http.get(users.cnipa(), REST + "/job").getStatusCode().value()).as("CNIPA officials neither").isEqualTo(403);

		String admin = users.memberOf(Roles.ADMIN);
		assertThat(http.get(admin, REST + "/job/count").getStatusCode().value()).isEqualTo(200);
	}

	@Test
	@DisplayName("R-X-1: a user cannot rename himself (PUT /user/{id}/profile) nor change another's password; he may change his own")
	void profileIsTheAdministrators() {
		Map<String, Object> profile = Map.of("id", city, "firstName", "国家知识产权局", "lastName", "局长", "email", "boss@cnipa.example");
		ResponseEntity<JsonNode> renamed = http.exchange(city, HttpMethod.PUT, REST + "/user/" + city + "/profile", profile);
		assertThat(renamed.getStatusCode().value()).isEqualTo(403);
		assertThat(renamed.getBody().get("message").asText()).containsPattern("\\p{IsHan}");
		User stored = engine.getIdentityService().createUserQuery().userId(city).singleResult();
		assertThat(stored.getFirstName() + stored.getLastName()).doesNotContain("局长");

		Map<String, Object> password = Map.of("password", TestUsers.PASSWORD, "authenticatedUserPassword", TestUsers.PASSWORD);
		assertThat(http.exchange(city, HttpMethod.PUT, REST + "/user/" + province + "/credentials", password).getStatusCode().value())
				.isEqualTo(403);
		assertThat(http.exchange(city, HttpMethod.PUT, REST + "/user/" + city + "/credentials", password).getStatusCode().value())
				.isEqualTo(204);
	}

	@Test
	@DisplayName("R-X-1: a process starts only as its start form asks: no business key, no start instructions, no variable beside the form")
	void startsOnlyByTheStartForm() {
		String before = String.valueOf(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("sme-application").count());
		ResponseEntity<JsonNode> started = http.post(city, REST + "/process-definition/key/sme-application/start",
				Map.of("variables", Map.of("acknowledged", Map.of("value", true))));
		assertThat(started.getStatusCode().value()).as("/start is not the Tasklist's route").isEqualTo(403);
		ResponseEntity<JsonNode> keyed = http.post(city, REST + "/process-definition/key/sme-application/submit-form",
				Map.of("businessKey", "BK-1", "variables", Map.of("acknowledged", Map.of("value", true))));
		assertThat(keyed.getStatusCode().value()).isEqualTo(403);
		ResponseEntity<JsonNode> forged = http.post(city, REST + "/process-definition/key/sme-application/submit-form",
				Map.of("variables", Map.of("acknowledged", Map.of("value", true), "initiator", Map.of("value", users.city("330500")))));
		assertThat(forged.getStatusCode().value()).isEqualTo(400);
		assertThat(forged.getBody().get("message").asText()).contains("表单以外的项目(initiator)");
		assertThat(String.valueOf(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("sme-application")
				.count())).isEqualTo(before);
	}

	@Test
	@DisplayName("R-X-3: the form's rules hold on the server — an opinion of one character where two are asked, a number where text is asked, an option the form does not offer — 400 in Chinese; another province 403 in Chinese; the administrator cannot complete it either; the task stays open")
	void formRulesHoldOnTheServer() {
		driver.uploadIndicators(title, LifecycleDriver.GOOD_VALUES);
		driver.citySubmits(title, true);
		Task review = driver.task(title, LifecycleDriver.PROVINCE_REVIEW);
		String submit = REST + "/task/" + review.getId() + "/submit-form";
		ResponseEntity<JsonNode> shortOpinion = http.post(province, submit, Map.of("variables", Map.of(
				"provinceDecision", Map.of("value", "FORWARD"), "provinceOpinion", Map.of("value", "好"))));
		assertThat(shortOpinion.getStatusCode().value()).isEqualTo(400);
		assertThat(shortOpinion.getBody().get("message").asText()).contains("“审核意见”不少于 2 字");
		ResponseEntity<JsonNode> number = http.post(province, submit, Map.of("variables", Map.of(
				"provinceDecision", Map.of("value", "FORWARD"), "provinceOpinion", Map.of("value", 12345, "type", "Integer"))));
		assertThat(number.getStatusCode().value()).isEqualTo(400);
		assertThat(number.getBody().get("message").asText()).contains("“审核意见”应填写文字");
		ResponseEntity<JsonNode> option = http.post(province, submit, Map.of("variables", Map.of(
				"provinceDecision", Map.of("value", "APPROVE_TITLE"), "provinceOpinion", Map.of("value", "同意报送。"))));
		assertThat(option.getStatusCode().value()).isEqualTo(400);
		assertThat(option.getBody().get("message").asText()).as("the feature's own words win where it refuses too")
				.isEqualTo("请选择办理结果");
		assertThat(driver.task(title, LifecycleDriver.PROVINCE_REVIEW)).as("still open").isNotNull();

		ResponseEntity<JsonNode> otherProvince = http.post(users.provincialIpOffice("320000"), submit, Map.of("variables", Map.of(
				"provinceDecision", Map.of("value", "FORWARD"), "provinceOpinion", Map.of("value", "越权办理。"))));
		assertThat(otherProvince.getStatusCode().value()).isEqualTo(403);
		assertThat(otherProvince.getBody().get("message").asText()).as("refused in Chinese, before the form is read")
				.isEqualTo("您无权办理此任务:它不在您的待办范围内");

		String admin = users.memberOf(Roles.ADMIN);
		for (String route : List.of(submit, REST + "/task/" + review.getId() + "/complete")) {
			ResponseEntity<JsonNode> byAdministrator = http.post(admin, route, Map.of("variables", Map.of(
					"provinceDecision", Map.of("value", "FORWARD"), "provinceOpinion", Map.of("value", "管理员代办。"))));
			assertThat(byAdministrator.getStatusCode().value()).as("administrators administer, officials decide: " + route)
					.isEqualTo(403);
			assertThat(byAdministrator.getBody().get("message").asText()).contains("系统管理员").contains("不代替承办单位办理");
		}
		assertThat(driver.task(title, LifecycleDriver.PROVINCE_REVIEW)).as("still open").isNotNull();

		assertThat(http.post(province, submit, Map.of("variables", Map.of("provinceDecision", Map.of("value", "FORWARD"),
				"provinceOpinion", Map.of("value", "同意报送。")))).getStatusCode().value()).isEqualTo(204);
	}

	@Test
	@DisplayName("A task that is gone, or of another unit, is answered in Chinese on every read of it (no 500, no English, the same 404 for both)")
	void goneAndForeignTasksInChinese() {
		Task task = driver.task(title, LifecycleDriver.CITY_REPORT);
		String otherCity = users.city("330500");
		for (String read : List.of("", "/deployed-form", "/form-variables", "/form", "/variables")) {
			ResponseEntity<JsonNode> foreign = http.get(otherCity, REST + "/task/" + task.getId() + read);
			assertThat(foreign.getStatusCode().value()).as("another city: " + read).isEqualTo(404);
			assertThat(foreign.getBody().get("message").asText()).as(read).startsWith("该任务已办理完毕、已不存在或不在您的待办范围内");
		}
		driver.uploadIndicators(title, LifecycleDriver.GOOD_VALUES);
		driver.citySubmits(title, true);
		for (String read : List.of("", "/deployed-form", "/form-variables", "/form", "/rendered-form")) {
			ResponseEntity<JsonNode> gone = http.get(city, REST + "/task/" + task.getId() + read);
			assertThat(gone.getStatusCode().value()).as("gone: " + read).isEqualTo(404);
			assertThat(gone.getBody().get("message").asText()).as(read).startsWith("该任务已办理完毕、已不存在或不在您的待办范围内");
		}
	}

	@Test
	@DisplayName("What the engine answered with a 500 is a 4xx in Chinese: CMMN and conditional starts (not used here), claiming an unknown or a claimed task, a weak password on creating a user or changing one's own")
	void noFiveHundreds() {
		String admin = users.memberOf(Roles.ADMIN);
		for (String user : List.of(admin, city)) {
			ResponseEntity<JsonNode> cmmn = http.get(user, REST + "/history/case-instance");
			assertThat(cmmn.getStatusCode().value()).as(user).isEqualTo(404);
			assertThat(cmmn.getBody().get("message").asText()).contains("未启用");
			assertThat(http.post(user, REST + "/condition", Map.of("variables", Map.of())).getStatusCode().value()).isEqualTo(404);
		}
		ResponseEntity<JsonNode> unknown = http.post(city, REST + "/task/no-such-task/claim", Map.of("userId", city));
		assertThat(unknown.getStatusCode().value()).isEqualTo(404);
		assertThat(unknown.getBody().get("message").asText()).startsWith("该任务已办理完毕、已不存在");

		driver.uploadIndicators(title, LifecycleDriver.GOOD_VALUES);
		driver.citySubmits(title, true);
		Task review = driver.task(title, LifecycleDriver.PROVINCE_REVIEW);
		String colleague = "u2-" + Roles.provincialIpOffice(ZHEJIANG);
		if (engine.getIdentityService().createUserQuery().userId(colleague).count() == 0) {
			User user = engine.getIdentityService().newUser(colleague);
			user.setFirstName("测试");
			user.setLastName("同事");
			user.setPassword(TestUsers.PASSWORD);
			engine.getIdentityService().saveUser(user);
			engine.getIdentityService().createMembership(colleague, Roles.provincialIpOffice(ZHEJIANG));
		}
		assertThat(http.post(province, REST + "/task/" + review.getId() + "/claim", Map.of("userId", province)).getStatusCode().value())
				.isEqualTo(204);
		ResponseEntity<JsonNode> claimed = http.post(colleague, REST + "/task/" + review.getId() + "/claim", Map.of("userId", colleague));
		assertThat(claimed.getStatusCode().value()).isEqualTo(409);
		assertThat(claimed.getBody().get("message").asText()).isEqualTo("该任务已由他人认领,请刷新任务列表查看");

		ResponseEntity<JsonNode> weak = http.post(admin, REST + "/user/create", Map.of(
				"profile", Map.of("id", "weak-user", "firstName", "弱", "lastName", "密码"), "credentials", Map.of("password", "abc")));
		assertThat(weak.getStatusCode().value()).isEqualTo(400);
		assertThat(weak.getBody().get("message").asText()).startsWith("密码不符合规则:至少 10 个字符");
		assertThat(engine.getIdentityService().createUserQuery().userId("weak-user").count()).isZero();
		ResponseEntity<JsonNode> own = http.exchange(city, HttpMethod.PUT, REST + "/user/" + city + "/credentials",
				Map.of("password", "short", "authenticatedUserPassword", TestUsers.PASSWORD));
		assertThat(own.getStatusCode().value()).isEqualTo(400);
		assertThat(own.getBody().get("message").asText()).startsWith("密码不符合规则");
	}

	private Map<String, Object> variables(Task task) {
		Map<String, Object> values = new HashMap<>();
		engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(task.getProcessInstanceId()).list()
				.forEach(v -> values.put(v.getName() + "@" + v.getActivityInstanceId(), v.getTypeName() + ":" + v.getValue()));
		return values;
	}
}

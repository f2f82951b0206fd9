package cn.pilotcity.sme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.pilotcity.support.Http;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/**
 * The joint recommendation worked through the engine's REST API by the real users, authorization on:
 * what the Tasklist does on their behalf.
 */
@PilotCityTest
class SmeRecommendationRestTest {

	private static final String REST = "/engine-rest";

	@Autowired
	TestRestTemplate rest;
	@Autowired
	TestUsers users;
	@Autowired
	org.camunda.bpm.engine.ProcessEngine engine;
	@Autowired
	SmeBatches batches;

	Http http;
	String suzhou;
	String hangzhou;
	String jiangsuIp;
	String jiangsuSme;
	String zhejiangIp;

	@BeforeEach
	void init() {
		http = new Http(rest);
		new SmeApplicationDriver(engine, users).openBatch(batches, SmeApplicationDriver.today().plusDays(30));
		suzhou = users.city("320500");
		hangzhou = users.city("330100");
		jiangsuIp = users.provincialIpOffice("320000");
		jiangsuSme = users.provincialSmeAuthority("320000");
		zhejiangIp = users.provincialIpOffice("330000");
	}

	@Test
	@DisplayName("The REST API refuses anonymous calls and wrong passwords (401)")
	void anonymousIsRefused() {
		assertThat(http.get(null, REST + "/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		// a wrong password locks the account for a while, so a user no other test needs
		String karamay = users.city("650200");
		assertThat(rest.withBasicAuth(karamay, "wrong-password").getForEntity(REST + "/task", String.class)
				.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	@DisplayName("R-SME-3: via REST — a Jiangsu city applies, only Jiangsu's offices see and decide, Zhejiang cannot")
	void wholePathAsRealUsers() {
		String instanceId = submitApplication(suzhou);

		JsonNode ipTask = onlyTask(jiangsuIp, instanceId);
		assertThat(ipTask.get("taskDefinitionKey").asText()).isEqualTo("Task_ProvincialIpOfficeReview");
		assertThat(tasks(zhejiangIp, instanceId)).isEmpty();
		assertThat(tasks(hangzhou, instanceId)).isEmpty();

		ResponseEntity<JsonNode> foreign = http.post(zhejiangIp, REST + "/task/" + ipTask.get("id").asText() + "/submit-form",
				variables(Map.of("provIpDecision", "AGREE", "provIpOpinion", "同意", "jointDocNumber", "浙知发〔2026〕9号")));
		assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(http.post(jiangsuIp, REST + "/task/" + ipTask.get("id").asText() + "/submit-form",
				variables(Map.of("provIpDecision", "AGREE", "provIpOpinion", "同意推荐。", "jointDocNumber", "苏知发〔2026〕21号")))
				.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		JsonNode smeTask = onlyTask(jiangsuSme, instanceId);
		assertThat(http.post(jiangsuSme, REST + "/task/" + smeTask.get("id").asText() + "/submit-form",
				variables(Map.of("provSmeDecision", "AGREE", "provSmeOpinion", "同意推荐。"))).getStatusCode())
				.isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(http.get(users.cnipa(), REST + "/history/activity-instance?processInstanceId=" + instanceId
				+ "&activityId=Task_ReceiveNationally").getBody()).hasSize(1);
		JsonNode waiting = http.get(users.cnipa(), REST + "/process-instance/" + instanceId + "/activity-instances").getBody();
		assertThat(waiting.get("childActivityInstances").get(0).get("activityId").asText()).isEqualTo("Timer_BatchClosed");
	}

	@Test
	@DisplayName("Another city sees nothing of an application: no instance, no variables, no history")
	void otherCitySeesNothing() {
		String instanceId = submitApplication(suzhou);

		assertThat(http.get(hangzhou, REST + "/process-instance/" + instanceId).getStatusCode().is2xxSuccessful()).isFalse();
		assertThat(http.get(hangzhou, REST + "/process-instance/" + instanceId + "/variables").getStatusCode())
				.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(http.get(hangzhou, REST + "/history/process-instance?processInstanceId=" + instanceId).getBody()).isEmpty();
		assertThat(http.get(hangzhou, REST + "/history/variable-instance?processInstanceId=" + instanceId).getBody()).isEmpty();
		assertThat(http.get(hangzhou, REST + "/process-instance?processInstanceIds=" + instanceId).getBody()).isEmpty();
	}

	@Test
	@DisplayName("R-X-1: a decision without an opinion is refused with a 400 and a Chinese message; the task stays open")
	void refusedDecisionSaysWhyInChinese() {
		String instanceId = submitApplication(suzhou);
		JsonNode ipTask = onlyTask(jiangsuIp, instanceId);

		ResponseEntity<JsonNode> response = http.post(jiangsuIp, REST + "/task/" + ipTask.get("id").asText() + "/submit-form",
				variables(Map.of("provIpDecision", "AGREE", "provIpOpinion", "", "jointDocNumber", "苏知发〔2026〕22号")));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("message").asText()).isEqualTo("请填写办理意见");
		assertThat(onlyTask(jiangsuIp, instanceId).get("id").asText()).isEqualTo(ipTask.get("id").asText());
	}

	@Test
	@DisplayName("R-SME-1, R-SME-5: an incomplete plan is refused with a 400 listing what is missing, in Chinese; the task stays open")
	void incompleteApplicationSaysWhatIsMissing() {
		String instanceId = http.post(suzhou, REST + "/process-definition/key/sme-application/submit-form",
				Map.of("variables", Map.of("acknowledged", Map.of("value", true, "type", "Boolean")))).getBody().get("id").asText();
		Map<String, Object> draft = SmeApplicationDriver.draft();
		draft.remove("section1");
		draft.put("clusters", "");
		String taskId = onlyTask(suzhou, instanceId).get("id").asText();

		ResponseEntity<JsonNode> response = http.post(suzhou, REST + "/task/" + taskId + "/submit-form", restVariables(draft));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("message").asText()).startsWith("申报方案不完整,不能提交")
				.contains("请至少填写一个中小企业集聚区").contains("请填写第(1)部分");
		assertThat(onlyTask(suzhou, instanceId).get("id").asText()).isEqualTo(taskId);
	}

	@Test
	@DisplayName("Each role sees its own Tasklist filters: a city '我的待办' and '本市待办', a province '本省待办'; the unit's filter comes first")
	void filtersPerRole() {
		assertThat(filterNames(suzhou)).containsExactlyInAnyOrder("我的待办", "本市待办");
		assertThat(filterNames(jiangsuIp)).containsExactlyInAnyOrder("我的待办", "本省待办");
		assertThat(filterNames(users.cnipa())).containsExactlyInAnyOrder("我的待办", "国家局待办");
		for (String user : List.of(suzhou, jiangsuIp, users.cnipa())) {
			assertThat(firstFilter(user)).as("the Tasklist opens on the unit's filter, the one with the lowest priority: " + user)
					.isNotEqualTo("我的待办");
		}
	}

	@Test
	@DisplayName("A province's filter lists its own region's tasks only, each card named with its city")
	void provinceFilterListsOwnRegion() {
		String instanceId = submitApplication(suzhou);
		String filterId = filterId(jiangsuIp, "本省待办");

		JsonNode listed = http.post(jiangsuIp, REST + "/filter/" + filterId + "/list?maxResults=1000", Map.of()).getBody();
		assertThat(listed).anySatisfy(t -> assertThat(t.get("processInstanceId").asText()).isEqualTo(instanceId));
		assertThat(listed).filteredOn(t -> t.get("processInstanceId").asText().equals(instanceId))
				.as("its card names the city").allSatisfy(t -> assertThat(t.get("name").asText()).endsWith(" · 苏州市"));
		JsonNode zhejiang = http.post(zhejiangIp, REST + "/filter/" + filterId(zhejiangIp, "本省待办") + "/list?maxResults=1000",
				Map.of()).getBody();
		assertThat(zhejiang).noneSatisfy(t -> assertThat(t.get("processInstanceId").asText()).isEqualTo(instanceId));
	}

	private String submitApplication(String cityUser) {
		ResponseEntity<JsonNode> started = http.post(cityUser, REST + "/process-definition/key/sme-application/submit-form",
				Map.of("variables", Map.of("acknowledged", Map.of("value", true, "type", "Boolean"))));
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
		String instanceId = started.getBody().get("id").asText();
		ResponseEntity<JsonNode> submitted = http.post(cityUser, REST + "/task/" + onlyTask(cityUser, instanceId).get("id").asText()
				+ "/submit-form", restVariables(SmeApplicationDriver.draft()));
		assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		return instanceId;
	}

	/** The variables as the Tasklist submits them: lists as JSON, numbers as Long, text as String. */
	static Map<String, Object> restVariables(Map<String, Object> values) {
		Map<String, Object> variables = new java.util.HashMap<>();
		values.forEach((k, v) -> {
			if (v instanceof org.camunda.spin.plugin.variable.value.JsonValue json) {
				variables.put(k, Map.of("value", json.getValueSerialized(), "type", "Json"));
			}
			else if (v instanceof Number n) {
				variables.put(k, Map.of("value", n.longValue(), "type", "Long"));
			}
			else {
				variables.put(k, Map.of("value", v, "type", v instanceof Boolean ? "Boolean" : "String"));
			}
		});
		return Map.of("variables", variables);
	}

	private List<JsonNode> tasks(String user, String instanceId) {
		JsonNode body = http.get(user, REST + "/task?processInstanceId=" + instanceId).getBody();
		return StreamSupport.stream(body.spliterator(), false).toList();
	}

	private JsonNode onlyTask(String user, String instanceId) {
		List<JsonNode> tasks = tasks(user, instanceId);
		assertThat(tasks).hasSize(1);
		return tasks.get(0);
	}

	private List<String> filterNames(String user) {
		return StreamSupport.stream(http.get(user, REST + "/filter").getBody().spliterator(), false)
				.map(f -> f.get("name").asText()).toList();
	}

	private String firstFilter(String user) {
		return StreamSupport.stream(http.get(user, REST + "/filter").getBody().spliterator(), false)
				.min(java.util.Comparator.comparingInt(f -> f.get("properties").get("priority").asInt()))
				.orElseThrow().get("name").asText();
	}

	private String filterId(String user, String name) {
		return StreamSupport.stream(http.get(user, REST + "/filter").getBody().spliterator(), false)
				.filter(f -> f.get("name").asText().equals(name)).findFirst().orElseThrow().get("id").asText();
	}

	private static Map<String, Object> variables(Map<String, String> values) {
		Map<String, Object> variables = new java.util.HashMap<>();
		values.forEach((k, v) -> variables.put(k, Map.of("value", v, "type", "String")));
		return Map.of("variables", variables);
	}
}

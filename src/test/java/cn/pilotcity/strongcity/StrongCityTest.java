package cn.pilotcity.strongcity;

import static cn.pilotcity.strongcity.StrongCityDriver.CHECK;
import static cn.pilotcity.strongcity.StrongCityDriver.DRAFT;
import static cn.pilotcity.strongcity.StrongCityDriver.GUIDANCE;
import static cn.pilotcity.strongcity.StrongCityDriver.completePlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;
import cn.pilotcity.application.Programme;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.TitleStatus;
import cn.pilotcity.city.Titles;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.support.Http;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.ValidationFailedException;
import cn.pilotcity.support.ApplicationFixtures;

/** The strong-city application up to the expert argumentation: R-SC-1, R-SC-3, R-SC-4, withdrawal. */
@PilotCityTest
class StrongCityTest {

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	Applications applications;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	StrongCityPlans plans;
	@Autowired
	Decisions decisions;
	@Autowired
	TestRestTemplate rest;
	@Autowired
	Titles titles;

	StrongCityDriver driver;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
		driver = new StrongCityDriver(engine, users, rest);
	}

	@AfterEach
	void withdrawLeftovers() {
		for (String city : new String[] { "420100", "330200", "370200", "510100" }) {
			applications.activeOf(city, Programme.STRONG_CITY).forEach(a -> engine.getRuntimeService()
					.deleteProcessInstance(a.processInstanceId(), "test cleanup"));
			applications.activeOf(city, Programme.STRONG_CITY).forEach(a -> ApplicationFixtures.setStatus(jdbc, a.id(), ApplicationStatus.WITHDRAWN));
		}
	}

	@Test
	@DisplayName("R-SC-1: a city that is not a national IP demonstration city is not offered the application and cannot start it (403, Chinese); the permission follows the title: given with it, taken back when it is withdrawn")
	void notADemonstrationCity() {
		String xuzhou = users.city("320300");
		Http http = new Http(rest);
		String startable = "/engine-rest/process-definition?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true";
		assertThat(http.get(xuzhou, startable).getBody().toString()).as("the Tasklist's 发起流程 lists it not")
				.doesNotContain(StrongCityAccessPolicy.PROCESS).contains("sme-application");
		assertThat(http.get(users.city("330200"), startable).getBody().toString()).as("a demonstration city's does")
				.contains(StrongCityAccessPolicy.PROCESS);
		var response = http.post(xuzhou, "/engine-rest/process-definition/key/strong-city-application/submit-form",
				Map.of("variables", Map.of("acknowledged", Map.of("value", true, "type", "Boolean"))));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getBody().get("message").asText()).isEqualTo("您无权发起此流程");
		assertThat(applications.activeOf("320300", Programme.STRONG_CITY)).isEmpty();

		Title title = titles.grant("320300", TitleKind.DEMONSTRATION, java.time.LocalDate.now(), java.time.LocalDate.now().plusYears(3),
				"测试:授予示范城市称号", "国知发管字〔2026〕99号", users.cnipa());
		assertThat(http.get(xuzhou, startable).getBody().toString()).as("granted with the title")
				.contains(StrongCityAccessPolicy.PROCESS);
		titles.changeStatus(title.id(), TitleStatus.ACTIVE, TitleStatus.WITHDRAWN, java.time.LocalDate.now(), "测试:撤销",
				"国知发管字〔2026〕100号", users.cnipa());
		assertThat(http.get(xuzhou, startable).getBody().toString()).as("taken back with it")
				.doesNotContain(StrongCityAccessPolicy.PROCESS);
	}

	@Test
	@DisplayName("R-SC-1, R-SC-3, R-SC-4: a demonstration city drafts its plan around the five projects; the province guides and recommends")
	void demonstrationCityDraftsAndProvinceRecommends() {
		ProcessInstance wuhan = driver.apply("420100");
		assertThat(wuhan).isWaitingAt(DRAFT);
		assertThat(driver.task(wuhan, DRAFT)).hasCandidateGroup("city-420100");

		driver.submitPlan(wuhan, "420100", DRAFT, "首次提交。");
		assertThat(wuhan).isWaitingAt(GUIDANCE);
		assertThat(driver.task(wuhan, GUIDANCE)).hasCandidateGroup("prov-ip-420000");
		ConstructionPlan stored = plans.plan(driver.applicationId(wuhan)).orElseThrow();
		assertThat(stored.workProjects()).hasSize(5);
		assertThat(stored.of(MajorProject.QUALITY)).singleElement().satisfies(w -> {
			assertThat(w.targetValue()).isEqualByComparingTo("100");
			assertThat(w.budget()).isEqualByComparingTo("500");
			assertThat(w.responsibleUnit()).isEqualTo("市知识产权局");
		});
		assertThat(applications.get(driver.applicationId(wuhan)).organisations())
				.as("R-SC-5: the responsible units are the application's organisations, so their experts are not drawn")
				.containsExactly("市知识产权局");

		driver.guide(wuhan, "420000", "RECOMMEND", "方案符合指导意见,同意推荐。");
		assertThat(wuhan).isWaitingAt(CHECK);
		assertThat(decisions.of("APPLICATION", driver.applicationId(wuhan))).extracting(Decision::outcome)
				.containsExactly("RECOMMEND");
	}

	@Test
	@DisplayName("R-SC-3, R-X-3: a number such as 1e999999 is refused when the plan is saved; a negative target is refused when it is checked and submitted")
	void absurdNumbersInThePlan() throws Exception {
		ProcessInstance ningbo = driver.apply("330200");
		long id = driver.applicationId(ningbo);
		String huge = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(completePlan()).toString()
				.replaceFirst("\"targetValue\":100", "\"targetValue\":1e999999");
		assertThat(huge).contains("1e999999");
		var saved = new Http(rest).exchange(users.city("330200"), org.springframework.http.HttpMethod.PUT,
				"/api/strong-city/applications/" + id + "/plan-draft", huge);
		assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(saved.getBody().get("details").get(0).asText()).endsWith("第 1 个工作项目的目标值“1E+999999”不是合理的数字")
				.startsWith("「");
		assertThat(plans.draft(id)).as("nothing saved").isEmpty();

		Map<String, Object> negative = completePlan();
		@SuppressWarnings("unchecked")
		Map<String, Object> work = new java.util.HashMap<>(((List<Map<String, Object>>) negative.get(MajorProject.values()[0].key())).get(0));
		work.put("targetValue", -1);
		negative.put(MajorProject.values()[0].key(), List.of(work));
		assertThat(driver.savePlan(ningbo, "330200", negative).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThatThrownBy(() -> driver.submitSaved(ningbo, "330200", DRAFT, "首次提交。")).isInstanceOf(ValidationFailedException.class)
				.satisfies(e -> assertThat(((ValidationFailedException) e).details()).containsExactly("「"
						+ MajorProject.values()[0].label() + "」第 1 个工作项目:目标值应为 0 至 1000000000000 之间的数"));
		assertThat(ningbo).isWaitingAt(DRAFT);
	}

	@Test
	@DisplayName("R-SC-3: a plan missing a major project or a complete work project is refused, naming each problem")
	void incompletePlanIsRefused() {
		ProcessInstance ningbo = driver.apply("330200");
		long id = driver.applicationId(ningbo);
		assertThatThrownBy(() -> driver.submitSaved(ningbo, "330200", DRAFT, "首次提交。"))
				.isInstanceOf(InvalidInputException.class).hasMessage("请先在建设方案页面编辑并保存建设方案,再提交");

		Map<String, Object> incomplete = completePlan();
		incomplete.put("projectsQUALITY", List.of());
		incomplete.put("projectsPROTECTION", List.of(Map.of("name", "保护", "target", "", "measures", "短")));
		assertThat(driver.savePlan(ningbo, "330200", incomplete).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThatThrownBy(() -> driver.submitSaved(ningbo, "330200", DRAFT, "首次提交。"))
				.isInstanceOf(ValidationFailedException.class)
				.satisfies(e -> assertThat(((ValidationFailedException) e).details()).anySatisfy(
						d -> assertThat(d).isEqualTo("「知识产权质量提升工程」至少设立一个工作项目"))
						.anySatisfy(d -> assertThat(d).startsWith("「知识产权大保护工程」第 1 个工作项目:目标应为")));
		assertThat(ningbo).isWaitingAt(DRAFT);

		var check = new Http(rest).post(users.city("330200"), "/api/strong-city/applications/" + id + "/plan-draft/check", null);
		assertThat(check.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(check.getBody().get("details").toString()).contains("「知识产权质量提升工程」至少设立一个工作项目");
		assertThat(plans.plan(id)).isEmpty();
	}

	@Test
	@DisplayName("R-SC-3: only the city edits its plan, and only while drafting; others may not even see it, bad data is refused in Chinese")
	void planPageAccess() {
		ProcessInstance ningbo = driver.apply("330200");
		long id = driver.applicationId(ningbo);
		String path = "/api/strong-city/applications/" + id + "/plan-draft";
		Http http = new Http(rest);

		var empty = http.get(users.city("330200"), path);
		assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(empty.getBody().get("editable").asBoolean()).isTrue();
		assertThat(empty.getBody().get("majorProjects")).hasSize(5);
		assertThat(empty.getBody().get("majorProjects").get(0).get("label").asText()).isEqualTo("知识产权管理能力提升工程");

		assertThat(http.get(users.city("420100"), path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(driver.savePlan(ningbo, "330200", completePlan()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		var asProvince = http.exchange(users.provincialIpOffice("330000"), HttpMethod.PUT, path, completePlan());
		assertThat(asProvince.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(asProvince.getBody().get("message").asText()).isEqualTo("只有申报城市可以修改申报材料");
		var province = http.get(users.provincialIpOffice("330000"), path);
		assertThat(province.getBody().get("editable").asBoolean()).isFalse();
		assertThat(province.getBody().get("draft").get("projectsQUALITY")).hasSize(1);

		var notAnObject = http.exchange(users.city("330200"), HttpMethod.PUT, path, List.of(1, 2));
		assertThat(notAnObject.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(notAnObject.getBody().get("message").asText()).isEqualTo("建设方案数据格式不正确");

		driver.submitSaved(ningbo, "330200", DRAFT, "首次提交。");
		var afterSubmit = http.exchange(users.city("330200"), HttpMethod.PUT, path, completePlan());
		assertThat(afterSubmit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(afterSubmit.getBody().get("message").asText()).startsWith("申报当前处于「");
		assertThat(http.get(users.city("330200"), path).getBody().get("editable").asBoolean()).isFalse();
	}

	@Test
	@DisplayName("R-SC-4: the provincial IP office returns the plan with its guidance; the city revises with its plan pre-filled")
	void provinceReturnsWithGuidance() {
		ProcessInstance qingdao = driver.apply("370200");
		driver.submitPlan(qingdao, "370200", DRAFT, "首次提交。");
		driver.guide(qingdao, "370000", "RETURN", "请细化大保护工程的年度目标。");

		assertThat(qingdao).isWaitingAt(DRAFT);
		assertThat((String) engine.getTaskService().getVariable(driver.task(qingdao, DRAFT).getId(), "returnReason"))
				.contains("山东省知识产权局指导意见:请细化大保护工程的年度目标。");
		assertThat((String) engine.getTaskService().getVariable(driver.task(qingdao, DRAFT).getId(), "returnedBy"))
				.as("R-X-1: who returned it").endsWith("(省知识产权局指导推荐)");
		assertThat((String) engine.getTaskService().getVariable(driver.task(qingdao, DRAFT).getId(), "returnedAt")).as("and when")
				.matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
		var draft = new Http(rest).get(users.city("370200"), "/api/strong-city/applications/" + driver.applicationId(qingdao) + "/plan-draft");
		assertThat(draft.getBody().get("editable").asBoolean()).isTrue();
		assertThat(draft.getBody().get("draft").get("overallGoals").asText()).startsWith("到 2030 年");
		assertThat(applications.get(driver.applicationId(qingdao)).status()).isEqualTo(ApplicationStatus.RETURNED);

		driver.submitPlan(qingdao, "370200", DRAFT, "已细化年度目标。");
		driver.guide(qingdao, "370000", "RECOMMEND", "同意推荐。");
		driver.check(qingdao, "RETURN", "请补充预算来源说明。");
		assertThat(qingdao).isWaitingAt(DRAFT);
		assertThat(applications.get(driver.applicationId(qingdao)).revision()).isEqualTo(2);
	}

	@Test
	@DisplayName("R-SC-6, R-X-1: the city may withdraw at any time before approval; its reason is recorded; another city cannot withdraw it")
	void cityWithdraws() {
		ProcessInstance chengdu = driver.apply("510100");
		driver.submitPlan(chengdu, "510100", DRAFT, "首次提交。");
		long id = driver.applicationId(chengdu);
		Http http = new Http(rest);

		assertThat(http.post(users.city("420100"), "/api/strong-city/applications/" + id + "/withdraw",
				Map.of("reason", "不是本市的申请")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.post(users.provincialIpOffice("510000"), "/api/strong-city/applications/" + id + "/withdraw",
				Map.of("reason", "省局不能撤回")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.post(users.city("510100"), "/api/strong-city/applications/" + id + "/withdraw",
				Map.of("reason", "本市将调整规划后再申请。")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(chengdu).isEnded().hasPassed("EndEvent_Withdrawn");
		assertThat(applications.get(id).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(decisions.of("APPLICATION", id)).last().extracting(Decision::outcome, Decision::opinion, Decision::decidedBy)
				.containsExactly("WITHDRAW", "本市将调整规划后再申请。", users.city("510100"));
		assertThat(http.post(users.city("510100"), "/api/strong-city/applications/" + id + "/withdraw",
				Map.of("reason", "再次撤回")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}
}

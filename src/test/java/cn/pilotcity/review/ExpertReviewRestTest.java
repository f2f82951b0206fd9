package cn.pilotcity.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.identity.IdentityAdmin;
import cn.pilotcity.support.Http;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.support.ApplicationFixtures;

/**
 * The expert review through the REST API and our API as the real users, authorization on: an expert sees only
 * his own review task and the applications assigned to him, and no other expert's scores before his own are in.
 */
@PilotCityTest
class ExpertReviewRestTest {

	private static final String REST = "/engine-rest";

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	Reviews reviews;
	@Autowired
	ExpertRegistry registry;
	@Autowired
	IdentityAdmin identityAdmin;
	@Autowired
	Applications applications;
	@Autowired
	cn.pilotcity.application.ApplicationStates states;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TestRestTemplate rest;
	@Autowired
	Decisions decisions;

	Http http;
	ReviewDriver driver;
	ReviewTestData data;
	final List<ProcessInstance> started = new ArrayList<>();

	@BeforeEach
	void init() {
		http = new Http(rest);
		data = new ReviewTestData(registry, identityAdmin, applications, states, jdbc, users);
		data.ensureExperts();
		driver = new ReviewDriver(engine, users, reviews, registry);
	}

	@AfterEach
	void cleanUp() {
		for (ProcessInstance instance : started) {
			if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
				engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test finished");
			}
		}
	}

	@Test
	@DisplayName("R-SME-6, R-SC-5: an expert sees and can act on his own review task only, and reads only the application assigned to him, in full in its Word document")
	void expertSeesOnlyOwnTaskAndApplication() throws Exception {
		ProcessInstance instance = confirmedReview();
		Review review = driver.review(instance);
		List<Member> seated = driver.seated(instance);
		String a = driver.userOf(seated.get(0).expertId());
		String b = driver.userOf(seated.get(1).expertId());
		String reserve = driver.userOf(driver.reserves(instance).get(0).expertId());
		String stranger = notOnPanel(review);
		String bTask = driver.reviewTask(instance, seated.get(1)).getId();

		JsonNode own = http.get(a, REST + "/task?processInstanceId=" + instance.getId()).getBody();
		assertThat(own).hasSize(1);
		assertThat(own.get(0).get("assignee").asText()).isEqualTo(a);
		assertThat(own.get(0).get("due").isNull()).isFalse();
		assertThat(own.get(0).get("followUp").isNull()).isFalse();
		assertThat(http.get(a, REST + "/task/" + bTask).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.get(a, REST + "/task/" + bTask + "/form-variables").getStatusCode())
				.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(http.post(a, REST + "/task/" + bTask + "/submit-form", conflictNone(review, 0.9)).getStatusCode())
				.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(http.get(stranger, REST + "/task?processInstanceId=" + instance.getId()).getBody()).isEmpty();

		String application = "/api/applications/" + review.applicationId();
		assertThat(http.get(a, application).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(http.get(a, application).getBody().get("application").get("summary").asText()).contains("纳米技术");
		assertThat(http.get(a, application + "/attachments").getStatusCode()).as("the whole application: its files too")
				.isEqualTo(HttpStatus.OK);
		assertThat(http.get(a, application + "/revisions").getStatusCode()).isEqualTo(HttpStatus.OK);
		String aTask = driver.reviewTask(instance, seated.get(0)).getId();
		assertThat((String) engine.getTaskService().getVariable(aTask, "applicationView")).as("his form links the whole application")
				.contains("/app/application.html?id=" + review.applicationId());
		for (String denied : List.of(reserve, stranger, users.city("330100"), users.provincialIpOffice("330000"))) {
			assertThat(http.get(denied, application).getStatusCode()).as(denied).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(http.get(denied, application + "/attachments").getStatusCode()).as(denied).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(http.get(denied, "/api/reviews/" + review.id()).getStatusCode()).as(denied).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(http.download(denied, "/api/reviews/" + review.id() + "/application.docx").getStatusCode()).as(denied)
					.isEqualTo(HttpStatus.NOT_FOUND);
		}
		decisions.record(new Decision(null, "APPLICATION", review.applicationId(), ReviewTestData.SUZHOU,
				"Task_ProvincialIpOfficeReview", "省知识产权局推荐意见", "AGREE", "同意推荐。", "苏知发〔2026〕30号",
				users.provincialIpOffice("320000"), java.time.LocalDateTime.now(), instance.getId(), "test-" + System.nanoTime()));
		ResponseEntity<byte[]> docx = http.download(a, "/api/reviews/" + review.id() + "/application.docx");
		assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(docx.getHeaders().getContentType().toString()).contains("wordprocessingml");
		try (var word = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(
				new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx.getBody())))) {
			String text = word.getText();
			assertThat(text).as("the whole application, not only its summary")
					.contains("【(1)工程领导组织、组成成员、机制安排与任务分工】").contains("【(7)保障工程实施的政策、资金、人员等条件的安排和落实措施】")
					.contains("【逐年实施目标】").contains("重点培育的知识产权优势中小企业:第1年").contains("【申报条件自评】");
			assertThat(text).as("its record in Chinese, with who decided").contains("省知识产权局推荐意见(测试prov-ip-320000):同意。同意推荐。")
					.doesNotContain("AGREE");
		}
		assertThat(http.get(users.city(ReviewTestData.SUZHOU), application).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	@DisplayName("R-SME-6: no other expert's scores before his own are in — not in his form, not in our API, not in the score sheet")
	void scoresHiddenUntilOwnAreIn() throws Exception {
		ProcessInstance instance = confirmedReview();
		Review review = driver.review(instance);
		List<Member> seated = driver.seated(instance);
		String a = driver.userOf(seated.get(0).expertId());
		String b = driver.userOf(seated.get(1).expertId());
		String bTask = driver.reviewTask(instance, seated.get(1)).getId();
		String aTask = driver.reviewTask(instance, seated.get(0)).getId();

		assertThat(http.post(a, REST + "/task/" + aTask + "/submit-form", conflictNone(review, 0.9)).getStatusCode())
				.isEqualTo(HttpStatus.NO_CONTENT);

		JsonNode bForm = http.get(b, REST + "/task/" + bTask + "/form-variables").getBody();
		assertThat(bForm.path("opinion").path("value").isNull() || bForm.path("opinion").isMissingNode()).isTrue();
		assertThat(bForm.toString()).doesNotContain("专家 REST 评审意见");
		assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKeys("opinion", "score1",
				"recommendation");
		JsonNode bView = http.get(b, "/api/reviews/" + review.id()).getBody();
		assertThat(bView.get("allScoresVisible").asBoolean()).isFalse();
		assertThat(bView.get("members")).hasSize(seated.size());
		for (JsonNode member : bView.get("members")) {
			boolean himselfOrChair = member.get("chair").asBoolean() || member.get("seat").asInt() == seated.get(1).seat();
			assertThat(member.get("expertId").isNull()).as("before scoring, only his own and the chair's name: " + member)
					.isEqualTo(!himselfOrChair);
			assertThat(member.get("employer").isNull()).isEqualTo(!himselfOrChair);
		}
		assertThat(bView.get("assessments")).isEmpty();
		assertThat(bView.get("statistics")).isEmpty();
		assertThat(http.download(b, "/api/reviews/" + review.id() + "/score-sheet.xlsx").getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
		JsonNode aView = http.get(a, "/api/reviews/" + review.id()).getBody();
		assertThat(aView.get("assessments")).hasSize(1);
		assertThat(aView.get("assessments").get(0).get("opinion").asText()).isEqualTo("专家 REST 评审意见");

		assertThat(http.post(b, REST + "/task/" + bTask + "/submit-form", conflictNone(review, 0.8)).getStatusCode())
				.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(http.get(b, "/api/reviews/" + review.id()).getBody().get("assessments")).hasSize(2);
		assertThat(http.get(b, "/api/reviews/" + review.id()).getBody().get("members"))
				.as("his scores in, he sees who his colleagues are").allSatisfy(m -> assertThat(m.get("expertId").isNull()).isFalse());
		ResponseEntity<byte[]> sheet = http.download(b, "/api/reviews/" + review.id() + "/score-sheet.xlsx");
		assertThat(sheet.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.getBody()))) {
			Sheet scores = book.getSheet("第1轮评分");
			assertThat(scores.getRow(1).getCell(1).getStringCellValue()).isEqualTo("专家");
			assertThat(scores.getLastRowNum()).isEqualTo(3);
		}
	}

	@Test
	@DisplayName("R-SME-6, R-X-3: whole path via REST — the national office confirms, the experts score as the Tasklist submits, the chair writes the guidance; the score sheet and the result go out; once published the experts keep only their own scores")
	void wholePathThroughRest() throws Exception {
		ProcessInstance instance = driver.start(data.recommendedApplication());
		started.add(instance);
		Review review = driver.review(instance);
		String cnipa = users.cnipa();
		JsonNode confirm = onlyTask(cnipa, instance, ReviewDriver.CONFIRM_TASK);
		JsonNode form = http.get(cnipa, REST + "/task/" + confirm.get("id").asText() + "/form-variables").getBody();
		assertThat(form.get("drawView").get("value").asText()).contains("拟定专家组").contains("随机种子");
		assertThat(form.get("eligibleOptions").get("type").asText()).isEqualTo("Json");
		// the Tasklist submits a taglist with the type of the variable it found: it must be Json, never Null
		assertThat(form.get("removeExperts").get("type").asText()).isEqualTo("Json");
		assertThat(form.get("addExperts").get("type").asText()).isEqualTo("Json");
		assertThat(http.post(cnipa, REST + "/task/" + confirm.get("id").asText() + "/submit-form", variables(Map.of(
				"panelAction", typed("CONFIRM"), "panelOpinion", typed("同意抽取结果。"), "chairExpert",
				typed(form.get("chairExpert").get("value").asText())))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		for (Member member : driver.seated(instance)) {
			String expert = driver.userOf(member.expertId());
			JsonNode task = onlyTask(expert, instance, ReviewDriver.REVIEW_TASK);
			// as the Tasklist loads them
			JsonNode own = http.get(expert, REST + "/task/" + task.get("id").asText() + "/form-variables?deserializeValues=false")
					.getBody();
			assertThat(own.get("applicationView").get("value").asText()).contains("苏州市").contains("纳米技术");
			assertThat(own.get("rubric").get("type").asText()).isEqualTo("Json");
			assertThat(own.get("rubric").get("value").asText()).contains("工作基础（满分 20 分）").as("rule IDs stay in the docs and tests").doesNotContain("R-SME");
			assertThat(http.post(expert, REST + "/task/" + task.get("id").asText() + "/submit-form", conflictNone(review, 0.9))
					.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		}
		driver.runAsyncJobs(instance);
		String chair = driver.userOf(driver.seated(instance).get(0).expertId());
		JsonNode guidance = onlyTask(chair, instance, ReviewDriver.GUIDANCE_TASK);
		assertThat(http.post(chair, REST + "/task/" + guidance.get("id").asText() + "/submit-form", variables(Map.of(
				"panelGuidance", typed("方案可行,建议通过;请细化年度目标。")))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(http.get(cnipa, REST + "/history/process-instance/" + instance.getId()).getBody().get("state").asText())
				.isEqualTo("COMPLETED");
		ResponseEntity<byte[]> sheet = http.download(cnipa, "/api/reviews/" + review.id() + "/score-sheet.xlsx");
		assertThat(sheet.getHeaders().getContentType().toString()).contains("spreadsheetml");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.getBody()))) {
			Sheet summary = book.getSheet("评审结论");
			assertThat(valueOf(summary, "专家组结论")).isEqualTo("建议通过");
			assertThat(valueOf(summary, "结论依据")).as("the rule that decided").contains("专家组评分 90 分")
					.contains("适用规则:建议通过:专家组评分 80 分以上,且至少半数专家建议通过");
			assertThat(valueOf(summary, "专家组意见")).startsWith("方案可行");
			Sheet scores = book.getSheet("第1轮评分");
			assertThat(scores.getLastRowNum()).isEqualTo(1 + 5 + 1 + 5);
			assertThat(scores.getRow(9).getCell(1).getStringCellValue()).isEqualTo("去掉最高最低分后平均");
			assertThat(scores.getRow(9).getCell(8).getNumericCellValue()).as("the total's trimmed mean").isEqualTo(90.0);
		}
		String suzhou = users.city(ReviewTestData.SUZHOU);
		JsonNode results = http.get(suzhou, "/api/applications/" + review.applicationId() + "/reviews").getBody();
		assertThat(results).hasSize(1);
		assertThat(results.get(0).get("recommendation").asText()).isEqualTo("APPROVE");
		assertThat(results.get(0).get("guidance").asText()).startsWith("方案可行");
		JsonNode timeline = http.get(suzhou, "/api/cities/" + ReviewTestData.SUZHOU + "/timeline").getBody();
		assertThat(timeline.get("entries")).as("the panel's conclusion on the city's timeline, by the panel as one")
				.anySatisfy(e -> {
					assertThat(e.get("kind").asText()).isEqualTo("PANEL");
					assertThat(e.get("ref").asText()).isEqualTo("EXPERT_REVIEW-" + review.id());
					assertThat(e.get("outcome").asText()).isEqualTo("建议通过(专家组评分 90 分)");
					assertThat(e.get("byName").asText()).isEqualTo("专家组");
				});
		JsonNode cityView = http.get(suzhou, "/api/reviews/" + review.id()).getBody();
		assertThat(cityView.has("members")).as("the city never learns who scored what").isFalse();
		assertThat(http.get(users.city("330100"), "/api/reviews/" + review.id()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		String other = driver.userOf(driver.seated(instance).get(1).expertId());
		assertThat(http.download(other, "/api/reviews/" + review.id() + "/application.docx").getStatusCode())
				.as("decided, not yet published: the experts still read it").isEqualTo(HttpStatus.OK);
		ApplicationFixtures.setStatus(jdbc, review.applicationId(), ApplicationStatus.ADMITTED);
		JsonNode afterwards = http.get(other, "/api/reviews/" + review.id()).getBody();
		assertThat(afterwards.get("assessments")).as("published: only his own scores").hasSize(1)
				.allSatisfy(a -> assertThat(a.get("expertId").asLong()).isEqualTo(driver.seated(instance).get(1).expertId()));
		assertThat(afterwards.get("members")).hasSize(1);
		assertThat(afterwards.get("statistics")).isEmpty();
		assertThat(http.download(other, "/api/reviews/" + review.id() + "/application.docx").getStatusCode())
				.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.download(other, "/api/reviews/" + review.id() + "/score-sheet.xlsx").getStatusCode())
				.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.get(other, "/api/applications/" + review.applicationId()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.download(cnipa, "/api/reviews/" + review.id() + "/score-sheet.xlsx").getStatusCode())
				.as("the national office keeps everything").isEqualTo(HttpStatus.OK);
	}

	@Test
	@DisplayName("R-SME-6: an expert who declares a conflict loses the application and the review; the reserve who takes his seat gets both")
	void recusedExpertLosesAccess() {
		ProcessInstance instance = confirmedReview();
		Review review = driver.review(instance);
		Member recusing = driver.seated(instance).get(2);
		String expert = driver.userOf(recusing.expertId());
		String reserve = driver.userOf(driver.reserves(instance).stream().filter(m -> m.reserveOrder() == 1).findFirst()
				.orElseThrow().expertId());
		String task = driver.reviewTask(instance, recusing).getId();

		assertThat(http.post(expert, REST + "/task/" + task + "/submit-form", variables(Map.of("conflict", typed("DECLARED"),
				"conflictReason", typed("本人为申报单位的技术顾问。")))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(http.get(expert, "/api/applications/" + review.applicationId()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.get(expert, "/api/reviews/" + review.id()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.get(reserve, "/api/applications/" + review.applicationId()).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(http.get(reserve, REST + "/task?processInstanceId=" + instance.getId()).getBody()).hasSize(1);
	}

	@Test
	@DisplayName("R-SME-6, R-X-1: a refused assessment says what is missing in Chinese (400) and the task stays open")
	void incompleteAssessmentRefused() {
		ProcessInstance instance = confirmedReview();
		Member member = driver.seated(instance).get(0);
		String expert = driver.userOf(member.expertId());
		String task = driver.reviewTask(instance, member).getId();

		ResponseEntity<JsonNode> response = http.post(expert, REST + "/task/" + task + "/submit-form", variables(Map.of(
				"conflict", typed("NONE"), "score1", Map.of("value", 25, "type", "Integer"),
				"recommendation", typed("REVISE"), "opinion", typed("意见"))));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("message").asText()).startsWith("评审意见不完整")
				.contains("“工作基础”的评分应在 0 至 20 分之间").contains("请为“方案质量”评分").contains("请填写对申报城市的修改建议");
		assertThat(driver.reviewTask(instance, member).getId()).isEqualTo(task);
	}

	@Test
	@DisplayName("R-SME-6: an expert's Tasklist filter 评审任务 lists the review tasks assigned to him, and nobody else's")
	void reviewFilterListsAssignedTasks() {
		ProcessInstance instance = confirmedReview();
		Member member = driver.seated(instance).get(0);
		String expert = driver.userOf(member.expertId());
		String other = driver.userOf(driver.seated(instance).get(1).expertId());

		List<String> filters = StreamSupport.stream(http.get(expert, REST + "/filter").getBody().spliterator(), false)
				.map(f -> f.get("name").asText()).toList();
		assertThat(filters).containsExactlyInAnyOrder("我的待办", "评审任务");
		String filterId = StreamSupport.stream(http.get(expert, REST + "/filter").getBody().spliterator(), false)
				.filter(f -> f.get("name").asText().equals("评审任务")).findFirst().orElseThrow().get("id").asText();
		JsonNode listed = http.post(expert, REST + "/filter/" + filterId + "/list?maxResults=1000", Map.of()).getBody();
		assertThat(listed).anySatisfy(t -> assertThat(t.get("id").asText()).isEqualTo(driver.reviewTask(instance, member).getId()));
		assertThat(listed).allSatisfy(t -> assertThat(t.get("assignee").asText()).isEqualTo(expert));
		assertThat(listed).noneSatisfy(t -> assertThat(t.get("assignee").asText()).isEqualTo(other));
	}

	@Test
	@DisplayName("R-SME-6, R-SC-5: the draw record (seed, excluded with reasons) and the registry are for the national office only; the confirmation links its page")
	void drawRecordForNationalOfficeOnly() {
		ProcessInstance instance = driver.start(data.recommendedApplication());
		started.add(instance);
		String confirmTask = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
				.taskDefinitionKey(ReviewDriver.CONFIRM_TASK).singleResult().getId();
		String drawView = (String) engine.getTaskService().getVariable(confirmTask, "drawView");
		driver.confirm(instance);
		Review review = driver.review(instance);
		String expert = driver.userOf(driver.seated(instance).get(0).expertId());

		JsonNode draws = http.get(users.cnipa(), "/api/reviews/" + review.id() + "/draws").getBody();
		assertThat(draws.get(0).get("reproducible").asBoolean()).isTrue();
		assertThat(draws.get(0).get("seedText").asText()).as("exact in a browser too").isEqualTo(draws.get(0).get("seed").asText());
		assertThat(draws.get(0).get("entries")).anySatisfy(e -> assertThat(e.get("reasonLabel").asText()).isEqualTo("与申报城市同省"));
		assertThat(http.get(expert, "/api/reviews/" + review.id() + "/draws").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.get(users.cnipa(), "/api/experts").getBody().size()).isGreaterThanOrEqualTo(17);
		assertThat(http.get(expert, "/api/experts").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(drawView).as("the confirmation links a readable page, not the raw JSON")
				.contains("(/app/draws.html?review=" + review.id() + ")").doesNotContain("/api/reviews/" + review.id() + "/draws");
		assertThat(rest.getForObject("/app/draws.html", String.class)).contains("draws.js");
	}

	private static String valueOf(Sheet sheet, String label) {
		for (int i = 0; i <= sheet.getLastRowNum(); i++) {
			if (sheet.getRow(i) != null && label.equals(sheet.getRow(i).getCell(0).getStringCellValue())) {
				return sheet.getRow(i).getCell(1).getStringCellValue();
			}
		}
		throw new AssertionError("no row " + label);
	}

	private ProcessInstance confirmedReview() {
		ProcessInstance instance = driver.start(data.recommendedApplication());
		started.add(instance);
		driver.confirm(instance);
		return instance;
	}

	private String notOnPanel(Review review) {
		List<Long> onReview = reviews.members(review.id()).stream().map(Member::expertId).toList();
		return ReviewTestData.ELIGIBLE.stream().map(e -> e[0])
				.filter(u -> !onReview.contains(registry.byUser(u).orElseThrow().id())).findFirst().orElseThrow();
	}

	private JsonNode onlyTask(String user, ProcessInstance instance, String key) {
		JsonNode tasks = http.get(user, REST + "/task?processInstanceId=" + instance.getId() + "&taskDefinitionKey=" + key)
				.getBody();
		assertThat(tasks).as(user + " " + key).hasSize(1);
		return tasks.get(0);
	}

	/** What the Tasklist submits for an expert without a conflict. */
	private Map<String, Object> conflictNone(Review review, double share) {
		Map<String, Object> values = new HashMap<>();
		List<Criterion> rubric = reviews.rubric(review.programme());
		for (int i = 0; i < rubric.size(); i++) {
			values.put("score" + (i + 1), Map.of("value", rubric.get(i).maxScore().doubleValue() * share, "type", "Double"));
		}
		values.put("conflict", typed("NONE"));
		values.put("recommendation", typed("APPROVE"));
		values.put("opinion", typed("专家 REST 评审意见"));
		values.put("guidance", typed("建议细化年度目标。"));
		values.put("fieldVisit", Map.of("value", false, "type", "Boolean"));
		return variables(values);
	}

	private static Map<String, Object> typed(String value) {
		return Map.of("value", value, "type", "String");
	}

	private static Map<String, Object> variables(Map<String, Object> values) {
		return Map.of("variables", values);
	}
}

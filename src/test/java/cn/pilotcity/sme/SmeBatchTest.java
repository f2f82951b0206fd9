package cn.pilotcity.sme;

import static cn.pilotcity.sme.SmeApplicationDriver.CHECK_TASK;
import static cn.pilotcity.sme.SmeApplicationDriver.CONCUR_TASK;
import static cn.pilotcity.sme.SmeApplicationDriver.PROPOSE_TASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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


import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.TitleStatus;
import cn.pilotcity.city.Titles;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.lifecycle.Lifecycles;
import cn.pilotcity.notification.Notifications;
import cn.pilotcity.support.Http;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.ValidationFailedException;

/** A batch from call to published determination: R-SME-2, R-SME-6, R-SME-7, R-SME-8, R-X-3. */
@PilotCityTest
class SmeBatchTest {

	static final String NOTICE_DOC_NUMBER = "国知发管字〔2026〕12号";

	@Autowired
	Lifecycles lifecycles;
	@Autowired
	TestRestTemplate rest;
	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	cn.pilotcity.attachment.Attachments attachments;
	@Autowired
	Applications applications;
	@Autowired
	SmeBatches batches;
	@Autowired
	Titles titles;
	@Autowired
	Decisions decisions;
	@Autowired
	Notifications notifications;
	@Autowired
	SmePublications publications;
	@Autowired
	SmeProgramme programme;
	@Autowired
	cn.pilotcity.review.ReviewTestSupport reviews;
	@Autowired
	SmeDeterminationWorklist worklist;

	SmeApplicationDriver driver;
	LocalDate lastDay;
	ProcessInstance batch;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
		driver = new SmeApplicationDriver(engine, users, attachments);
		reviews.ensureExperts();
		lastDay = SmeApplicationDriver.today().plusDays(10);
		batch = driver.openBatch(batches, lastDay);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("R-SME-6, R-SME-7, R-X-1: CNIPA admits one of two cities, MIIT concurs; the admitted city holds the title for three years from admission and its lifecycle starts, the other is told why")
	void determinationAdmitsAndRefuses() throws Exception {
		String admittedCity = "320300";
		String refusedCity = "330200";
		releaseTitle(admittedCity);
		ProcessInstance xuzhou = reviewed(admittedCity, "320000");
		ProcessInstance ningbo = reviewed(refusedCity, "330000");
		runBatchUntilProposal();
		assertThat(batch).isWaitingAt(PROPOSE_TASK);
		assertThat(driver.task(batch, PROPOSE_TASK)).hasCandidateGroup("cnipa");
		for (SmeDeterminationWorklist.Line line : worklist.lines(driver.batchId(batch))) {
			assertThat(line.reviewId()).as("the list page links each city's score sheet").isNotNull();
			assertThat(line.panelScore()).as("the panel's score, from its review").isNotNull();
			assertThat(line.admitted()).as("proposed as the panel recommends").isTrue();
			assertThat(new Http(rest).download(users.cnipa(), "/api/reviews/" + line.reviewId() + "/score-sheet.xlsx").getStatusCode())
					.isEqualTo(HttpStatus.OK);
		}

		propose(Map.of(driver.applicationId(xuzhou), true, driver.applicationId(ningbo), false));
		assertThat(batch).isWaitingAt(CONCUR_TASK);
		assertThat(driver.task(batch, CONCUR_TASK)).hasCandidateGroup("miit");
		String list = (String) engine.getTaskService().getVariable(driver.task(batch, CONCUR_TASK).getId(), "proposalView");
		assertThat(list).as("MIIT reads the proposed list from the record of decisions, in ranking order")
				.contains("| 徐州市（江苏省） |").contains("**纳入试点**").contains("| 宁波市（浙江省） |").contains("不纳入");
		assertThat(engine.getRuntimeService().getVariables(batch.getId())).as("no list travels in the variables")
				.doesNotContainKeys("proposal", "proposedBy");
		driver.complete(users.memberOf("miit"), batch, CONCUR_TASK, Map.of("miitDecision", "AGREE", "miitOpinion", "同意。"));

		assertThat(batch).isEnded().hasPassed("Task_Publish");
		LocalDate admittedOn = SmeApplicationDriver.today();
		assertThat(xuzhou).isEnded().hasPassed("Task_GrantPilotTitle", "EndEvent_Admitted");
		assertThat(ningbo).isEnded().hasPassed("Task_NotifyNotAdmitted", "EndEvent_NotAdmitted");
		assertThat(applications.get(driver.applicationId(xuzhou)).status()).isEqualTo(ApplicationStatus.ADMITTED);
		assertThat(applications.get(driver.applicationId(ningbo)).status()).isEqualTo(ApplicationStatus.NOT_ADMITTED);

		Title title = titles.find(admittedCity, TitleKind.SME_PILOT).orElseThrow();
		assertThat(title.status()).isEqualTo(TitleStatus.ACTIVE);
		assertThat(title.grantedOn()).isEqualTo(admittedOn);
		assertThat(title.endsOn()).as("R-SME-7: three years from admission").isEqualTo(admittedOn.plusYears(3));
		ProcessInstance lifecycle = lifecycles.running(title.id()).orElseThrow();
		assertThat(lifecycle.getBusinessKey()).isEqualTo(Lifecycles.businessKey(title.id()));
		assertThat(lifecycle).isWaitingAt("Timer_AnnualAssessment");
		assertThat(notifications.sentTo(users.city(refusedCity))).anySatisfy(n -> {
			assertThat(n.subject()).contains("未纳入试点");
			assertThat(n.body()).contains("集聚区规模偏小,培育目标不够具体。");
		});

		assertThat(decisions.of("APPLICATION", driver.applicationId(ningbo))).extracting(Decision::outcome)
				.endsWith("NOT_ADMIT", "CONCUR");
		assertThat(decisions.of("APPLICATION", driver.applicationId(xuzhou))).extracting(Decision::step)
				.endsWith(PROPOSE_TASK, CONCUR_TASK);
		assertThat(batches.determinations(driver.batchId(batch))).hasSize(2);
	}

	@Test
	@DisplayName("R-SME-6, R-X-3: the published list as Excel and the notice as Word name the admitted cities")
	void publicationDocuments() throws Exception {
		releaseTitle("330100");
		ProcessInstance hangzhou = reviewed("330100", "330000");
		ProcessInstance bengbu = reviewed("340300", "340000");
		runBatchUntilProposal();
		assertThatThrownBy(() -> publications.admittedList(driver.batchId(batch))).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("尚未发布");
		propose(Map.of(driver.applicationId(hangzhou), true, driver.applicationId(bengbu), false));
		driver.complete(users.memberOf("miit"), batch, CONCUR_TASK, Map.of("miitDecision", "AGREE", "miitOpinion", "同意。"));

		long batchId = driver.batchId(batch);
		try (XSSFWorkbook excel = new XSSFWorkbook(new ByteArrayInputStream(publications.admittedList(batchId)))) {
			var admitted = excel.getSheet("实施城市名单");
			assertThat(admitted.getRow(0).getCell(0).getStringCellValue()).contains(batches.get(batchId).name());
			assertThat(admitted.getRow(2).getCell(1).getStringCellValue()).isEqualTo("杭州市");
			assertThat(admitted.getLastRowNum()).isEqualTo(2);
			assertThat(excel.getSheet("审定结果").getLastRowNum()).isEqualTo(3);
		}
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(publications.notice(batchId)));
				XWPFWordExtractor text = new XWPFWordExtractor(word)) {
			assertThat(text.getText()).contains("关于公布中小企业知识产权战略推进工程" + batches.get(batchId).name())
					.contains("1. 浙江省 杭州市").doesNotContain("蚌埠").contains("研究确定1个城市").doesNotContain("${");
		}
	}

	@Test
	@DisplayName("R-SME-6: MIIT may return the list; CNIPA decides again and the second list is published")
	void miitReturns() throws java.io.IOException {
		releaseTitle("370200");
		ProcessInstance qingdao = reviewed("370200", "370000");
		runBatchUntilProposal();
		propose(Map.of(driver.applicationId(qingdao), false));
		driver.complete(users.memberOf("miit"), batch, CONCUR_TASK,
				Map.of("miitDecision", "RETURN", "miitOpinion", "青岛市评审得分较高,建议纳入。"));

		assertThat(batch).isWaitingAt(PROPOSE_TASK);
		String reopened = driver.task(batch, PROPOSE_TASK).getId();
		Map<String, Object> shown = engine.getFormService().getTaskFormVariables(reopened);
		assertThat((String) shown.get("returnNote")).as("R-X-1: the reopened list says who returned it, when and why")
				.startsWith("测试miit(工业和信息化部会签)于").endsWith(":青岛市评审得分较高,建议纳入。");
		assertThat(new String(engine.getFormService().getDeployedTaskForm(reopened).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
				.contains("工业和信息化部退回了上一次拟定的名单").contains("{{returnNote}}").contains("=returnNote = null");
		assertThat(worklist.lines(driver.batchId(batch))).as("the list as CNIPA saved it before the return")
				.singleElement().satisfies(line -> assertThat(line.admitted()).isFalse());
		propose(Map.of(driver.applicationId(qingdao), true));
		driver.complete(users.memberOf("miit"), batch, CONCUR_TASK, Map.of("miitDecision", "AGREE", "miitOpinion", "同意。"));
		assertThat(qingdao).isEnded().hasPassed("EndEvent_Admitted");
		assertThat(decisions.of("APPLICATION", driver.applicationId(qingdao))).extracting(Decision::outcome)
				.endsWith("NOT_ADMIT", "RETURN", "ADMIT", "CONCUR");
	}

	@Test
	@DisplayName("R-SME-6, R-X-1: a determination without an opinion for every city, or naming other applications than the batch's, is refused")
	void incompleteDeterminationIsRefused() {
		ProcessInstance wuhan = reviewed("420100", "420000");
		runBatchUntilProposal();
		long id = driver.applicationId(wuhan);

		driver.saveList(worklist, batch, Map.of(id, true), yes -> "");
		assertThatThrownBy(() -> complete(Map.of("noticeDocNumber", NOTICE_DOC_NUMBER))).isInstanceOf(ValidationFailedException.class)
				.satisfies(e -> assertThat(((ValidationFailedException) e).details()).containsExactly("请填写对武汉市的审定意见"));
		driver.saveList(worklist, batch, Map.of(id, true), yes -> "意见");
		Map<String, Object> tampered = new java.util.HashMap<>(Map.of("noticeDocNumber", NOTICE_DOC_NUMBER));
		tampered.put("p1Id", 999_999_999L);
		assertThatThrownBy(() -> complete(tampered))
				.as("an application id is not a field of the form: refused at the engine boundary, nothing applied")
				.isInstanceOf(InvalidInputException.class).hasMessageContaining("表单以外的项目(p1Id)");
		assertThat(batch).isWaitingAt(PROPOSE_TASK);
	}

	@Test
	@DisplayName("R-SME-6: the list page changes nothing it should not: a city, the administrator, another batch's application, an over-long opinion, an undecided city and a colleague's claimed task are refused")
	void listPageRefusals() {
		releaseTitle("320200");
		ProcessInstance wuxi = reviewed("320200", "320000");
		runBatchUntilProposal();
		long id = driver.applicationId(wuxi);
		Http http = new Http(rest);
		String page = "/api/sme/batches/" + driver.batchId(batch) + "/determination";
		Map<String, Object> save = Map.of("entries", List.of(Map.of("applicationId", id, "admitted", true, "opinion", "同意纳入。")));

		assertThat(http.exchange(users.city("320200"), HttpMethod.PUT, page, save).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.get(users.city("320200"), page).getStatusCode()).as("not even read before publication")
				.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.exchange(users.memberOf("camunda-admin"), HttpMethod.PUT, page, save).getStatusCode())
				.as("administrators do not decide").isEqualTo(HttpStatus.FORBIDDEN);
		var foreign = http.exchange(users.cnipa(), HttpMethod.PUT, page,
				Map.of("entries", List.of(Map.of("applicationId", 999_999_999L, "admitted", true, "opinion", "同意。"))));
		assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(foreign.getBody().get("message").asText()).isEqualTo("名单中有不属于本批次待审定的申报,请刷新页面后重试");
		var tooLong = http.exchange(users.cnipa(), HttpMethod.PUT, page,
				Map.of("entries", List.of(Map.of("applicationId", id, "admitted", true, "opinion", "意".repeat(2001)))));
		assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(tooLong.getBody().toString()).contains("对无锡市的审定意见不能超过 2000 字");
		Map<String, Object> undecided = new java.util.HashMap<>(Map.of("applicationId", id, "opinion", "同意。"));
		undecided.put("admitted", null);
		assertThat(http.exchange(users.cnipa(), HttpMethod.PUT, page, Map.of("entries", List.of(undecided))).getBody().toString())
				.contains("请确定是否将无锡市纳入试点");
		String taskId = driver.task(batch, PROPOSE_TASK).getId();
		engine.getTaskService().setAssignee(taskId, "cnipa-colleague");
		var claimed = http.exchange(users.cnipa(), HttpMethod.PUT, page, save);
		assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(claimed.getBody().get("message").asText()).isEqualTo("该任务已由cnipa-colleague认领,只有认领人可以修改名单");
		assertThat(worklist.lines(driver.batchId(batch))).singleElement().satisfies(line -> {
			assertThat(line.opinion()).as("nothing refused was saved").isEmpty();
			assertThat(line.updatedBy()).isNull();
		});

		engine.getTaskService().setAssignee(taskId, null);
		assertThat(http.exchange(users.cnipa(), HttpMethod.PUT, page, save).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(worklist.lines(driver.batchId(batch))).singleElement().satisfies(line -> {
			assertThat(line.opinion()).isEqualTo("同意纳入。");
			assertThat(line.updatedBy()).isEqualTo(users.cnipa());
		});
		assertThat(http.download(users.memberOf("miit"), page + ".xlsx").getStatusCode()).as("MIIT may read and export it")
				.isEqualTo(HttpStatus.OK);
	}

	@Test
	@DisplayName("R-SME-2: the batch waits while applications are still under national review, and determines once all are through")
	void batchWaitsForReviews() {
		ProcessInstance shenzhen = driver.applyAndSubmit("440300");
		driver.recommend(shenzhen, "440000");
		driver.passDeadline(lastDay, shenzhen, batch);
		assertThat(batches.get(driver.batchId(batch)).status()).isEqualTo(SmeBatch.CLOSED);
		assertThat(batch).isWaitingAt("Timer_WaitForReviews");
		assertThat(engine.getRuntimeService().getVariable(batch.getId(), "pendingReviews")).isEqualTo(1L);

		driver.checkCompleteness(shenzhen, "COMPLETE", "材料齐全。");
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(1).toMillis() + 1000));
		driver.runDueTimers(batch);
		assertThat(batch).as("still under expert review").isWaitingAt("Timer_WaitForReviews");
		reviews.complete(shenzhen.getId(), 0.9, "方案可行。");
		runBatchUntilProposal();
		assertThat(batch).isWaitingAt(PROPOSE_TASK);
		assertThat(engine.getTaskService().getVariable(driver.task(batch, PROPOSE_TASK).getId(), "proposalCount")).isEqualTo(1);
	}

	@Test
	@DisplayName("R-SME-8: the programme view shows the five-year targets against the clusters admitted and what the admitted cities' plans commit to, each figure with its basis")
	void programmeTargets() {
		var indicators = programme.indicators();
		assertThat(indicators).extracting(SmeProgramme.Indicator::code)
				.containsExactly("CLUSTERS", "SERVICE_AGENCIES", "PEOPLE_TRAINED", "SMES_CULTIVATED");
		assertThat(indicators).extracting(SmeProgramme.Indicator::target).containsExactly(100L, 100L, 10_000L, 10_000L);
		long clustersBefore = indicators.get(0).actual().longValue();

		releaseTitle("430100");
		ProcessInstance changsha = reviewed("430100", "430000");
		runBatchUntilProposal();
		propose(Map.of(driver.applicationId(changsha), true));
		driver.complete(users.memberOf("miit"), batch, CONCUR_TASK, Map.of("miitDecision", "AGREE", "miitOpinion", "同意。"));

		var after = programme.indicators();
		assertThat(after.get(0).actual().longValue()).isEqualTo(clustersBefore + 1);
		assertThat(after.get(1).actual().longValue()).as("the admitted plan commits 10 + 20 + 30 service agencies")
				.isEqualTo(indicators.get(1).actual().longValue() + 60);
		assertThat(after).extracting(SmeProgramme.Indicator::basis)
				.containsExactly(SmeProgramme.ADMITTED, SmeProgramme.COMMITTED, SmeProgramme.COMMITTED, SmeProgramme.COMMITTED);
		assertThat(programme.progress()).anySatisfy(p -> {
			assertThat(p.batch().id()).isEqualTo(driver.batchId(batch));
			assertThat(p.applicationsByStatus()).containsEntry("ADMITTED", 1);
		});
	}

	/** A city's application, submitted, recommended, through the deadline and checked complete. */
	private ProcessInstance reviewed(String cityCode, String provinceCode) {
		ProcessInstance application = driver.applyAndSubmit(cityCode);
		driver.recommend(application, provinceCode);
		return application;
	}

	@Test
	@DisplayName("R-SME-6: a batch with nothing to determine (here its only application came too late) ends at its close without a list of 0 cities; CNIPA and MIIT are told")
	void nothingToDetermine() {
		ProcessInstance late = driver.applyAndSubmit("440300");
		driver.passDeadline(lastDay, late, batch);
		driver.runDueTimers(batch);
		assertThat(late).isEnded();
		assertThat(batch).isEnded().hasPassed("Task_EndWithoutDetermination", "EndEvent_NoDetermination")
				.hasNotPassed("Task_ProposeAdmissions", "Task_Publish");
		assertThat(batches.get(driver.batchId(batch)).publishedOn()).isNull();
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(batch.getId()).count()).isZero();
		assertThat(notifications.sentTo(users.memberOf("miit"))).anySatisfy(n -> assertThat(n.subject()).startsWith("【批次结束】"));
	}

	private void runBatchUntilProposal() {
		List<ProcessInstance> applicationsOfBatch = engine.getRuntimeService().createProcessInstanceQuery()
				.processDefinitionKey("sme-application").variableValueEquals("batchId", driver.batchId(batch)).list();
		if (ClockUtil.getCurrentTime().before(java.sql.Timestamp.valueOf(lastDay.plusDays(1).atStartOfDay()))) {
			driver.passDeadline(lastDay, applicationsOfBatch.toArray(ProcessInstance[]::new));
			driver.runDueTimers(batch);
		}
		for (ProcessInstance application : applicationsOfBatch) {
			if (driver.task(application, CHECK_TASK) != null) {
				driver.checkCompleteness(application, "COMPLETE", "材料齐全。");
				reviews.complete(application.getId(), 0.9, "方案可行,建议纳入。");
			}
		}
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(1).toMillis() + 1000));
		driver.runDueTimers(batch);
	}

	/** The national office saves its list on its page, then completes its task with the notice's 文号. */
	private void propose(Map<Long, Boolean> admitted) {
		driver.saveList(worklist, batch, admitted, yes -> yes ? "评审得分较高,同意纳入。" : "集聚区规模偏小,培育目标不够具体。");
		complete(Map.of("noticeDocNumber", NOTICE_DOC_NUMBER));
	}

	private void complete(Map<String, Object> form) {
		driver.complete(users.cnipa(), batch, PROPOSE_TASK, form);
	}

	private void releaseTitle(String cityCode) {
		titles.find(cityCode, TitleKind.SME_PILOT).filter(t -> t.status() != TitleStatus.ENDED && t.status() != TitleStatus.WITHDRAWN)
				.ifPresent(t -> titles.changeStatus(t.id(), t.status(), TitleStatus.ENDED, LocalDate.now(), "测试前重置", null, "test"));
	}
}

package cn.pilotcity.strongcity;

import static cn.pilotcity.strongcity.StrongCityDriver.APPROVE;
import static cn.pilotcity.strongcity.StrongCityDriver.DRAFT;
import static cn.pilotcity.strongcity.StrongCityDriver.ISSUE;
import static cn.pilotcity.strongcity.StrongCityDriver.REVISE;
import static cn.pilotcity.strongcity.StrongCityDriver.completePlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.AuthorizationException;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;
import cn.pilotcity.application.Programme;
import cn.pilotcity.attachment.AttachmentKind;
import cn.pilotcity.attachment.Attachments;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.TitleStatus;
import cn.pilotcity.city.Titles;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.lifecycle.Lifecycles;
import cn.pilotcity.notification.Notifications;
import cn.pilotcity.review.ReviewTestSupport;
import cn.pilotcity.support.Http;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.support.ApplicationFixtures;

/** The strong city through expert argumentation to approval and issuance: R-SC-2, R-SC-5, R-SC-6. */
@PilotCityTest
class StrongCityArgumentationTest {

	@Autowired
	Lifecycles lifecycles;
	@Autowired
	Decisions decisions;
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
	Titles titles;
	@Autowired
	Attachments attachments;
	@Autowired
	Notifications notifications;
	@Autowired
	ReviewTestSupport reviews;
	@Autowired
	TestRestTemplate rest;

	StrongCityDriver driver;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
		driver = new StrongCityDriver(engine, users, rest);
		reviews.ensureExperts();
	}

	@AfterEach
	void cleanUp() {
		ClockUtil.reset();
		for (String city : List.of("420100", "330200", "370200", "350200", "610100", "340100", "430100")) {
			applications.activeOf(city, Programme.STRONG_CITY).forEach(a -> {
				if (a.processInstanceId() != null && engine.getRuntimeService().createProcessInstanceQuery()
						.processInstanceId(a.processInstanceId()).count() > 0) {
					engine.getRuntimeService().deleteProcessInstance(a.processInstanceId(), "test cleanup");
				}
				ApplicationFixtures.setStatus(jdbc, a.id(), ApplicationStatus.WITHDRAWN);
			});
		}
	}

	@Test
	@DisplayName("R-SC-5, R-SC-6, R-SC-9, R-X-1: a plan mature at the first argumentation is approved with a document number, recorded with who and when; the city issues it, the title is active from the issuing date, its lifecycle starts (R-SC-7) and it counts against the target of about 20 strong cities")
	void matureAtOnceApprovedAndIssued() throws Exception {
		String city = "350200";
		releaseTitle(city);
		ProcessInstance xiamen = toArgumentation(city, "350000");
		assertThat(xiamen).isWaitingAt("CallActivity_Argumentation");
		assertThat(engine.getRuntimeService().getVariable(xiamen.getId(), "round")).isEqualTo(1);

		reviews.complete(xiamen.getId(), 0.9, "方案成熟,建议批复。");
		assertThat(xiamen).isWaitingAt(APPROVE);
		String doc = "国知发管函字〔2026〕" + System.nanoTime() % 100000 + "号";
		driver.complete(users.cnipa(), xiamen, APPROVE, Map.of("approvalDecision", "APPROVE", "approvalDocNumber", doc,
				"approvalOpinion", "同意。请进一步强化知识产权保护体系建设。"));
		long id = driver.applicationId(xiamen);
		assertThat(applications.get(id).status()).isEqualTo(ApplicationStatus.APPROVED);
		assertThat(decisions.of("APPLICATION", id)).filteredOn(d -> d.step().equals(APPROVE)).singleElement()
				.satisfies(d -> {
					assertThat(d.outcome()).isEqualTo("APPROVE");
					assertThat(d.docNumber()).isEqualTo(doc);
					assertThat(d.opinion()).isEqualTo("同意。请进一步强化知识产权保护体系建设。");
					assertThat(d.decidedBy()).isEqualTo(users.cnipa());
					assertThat(d.decidedAt()).isNotNull();
				});
		assertThat(driver.task(xiamen, ISSUE)).hasCandidateGroup("city-" + city);

		ResponseEntity<byte[]> letter = new Http(rest).download(users.city(city), "/api/strong-city/applications/" + id + "/approval-letter.docx");
		assertThat(letter.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(letter.getBody()));
				XWPFWordExtractor text = new XWPFWordExtractor(word)) {
			assertThat(text.getText()).contains("国家知识产权局关于同意厦门市建设国家知识产权强市的批复").contains(doc)
					.contains("厦门市人民政府:").contains("2026—2030年").contains("共1轮").contains("知识产权大保护工程:知识产权大保护工程重点项目")
					.contains("请进一步强化知识产权保护体系建设").doesNotContain("${");
		}
		assertThat(new Http(rest).download(users.city("420100"), "/api/strong-city/applications/" + id + "/approval-letter.docx")
				.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		LocalDate issuedOn = EngineClock.today();
		Map<String, Object> issue = Map.of("issueAction", "ISSUED", "issuingDocNumber", "厦府发〔2026〕9号", "issuedOn",
				issuedOn.toString(), "issueNote", "市政府已印发实施。");
		assertThatThrownBy(() -> driver.complete(users.city(city), xiamen, ISSUE, issue)).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("请先上传市人民政府印发建设方案的文件");
		upload(city, id);
		JsonNode before = new Http(rest).get(users.city("420100"), "/api/strong-city/programme").getBody();
		driver.complete(users.city(city), xiamen, ISSUE, issue);

		assertThat(xiamen).isEnded().hasPassed("EndEvent_Active");
		Title title = titles.find(city, TitleKind.STRONG_CITY).orElseThrow();
		assertThat(title.status()).isEqualTo(TitleStatus.ACTIVE);
		assertThat(title.grantedOn()).isEqualTo(issuedOn);
		ProcessInstance lifecycle = lifecycles.running(title.id()).orElseThrow();
		assertThat(lifecycle.getBusinessKey()).isEqualTo(Lifecycles.businessKey(title.id()));
		assertThat(lifecycle).isWaitingAt("Timer_AnnualAssessment");
		assertThat(plans.approval(id).orElseThrow().issuingDoc()).isEqualTo("厦府发〔2026〕9号");
		assertThat(titles.history(city)).filteredOn(e -> e.kind() == TitleKind.STRONG_CITY).last()
				.as("the title is the national office's, on its approval, not the city's own")
				.satisfies(e -> assertThat(e.recordedBy()).isEqualTo(plans.approval(id).orElseThrow().approvedBy()).isNotEqualTo(users.city(city)))
				.satisfies(e -> assertThat(e.docNumber()).isEqualTo(plans.approval(id).orElseThrow().approvalDoc()))
				.satisfies(e -> assertThat(e.reason()).contains("厦府发〔2026〕9号"));
		assertThat(applications.get(id).status()).isEqualTo(ApplicationStatus.ISSUED);

		JsonNode programme = new Http(rest).get(users.city("420100"), "/api/strong-city/programme").getBody();
		assertThat(programme.get("targetCities").asInt()).isEqualTo(20);
		assertThat(programme.get("targetYear").asInt()).isEqualTo(2020);
		assertThat(programme.get("holdingNow").asLong()).isEqualTo(before.get("holdingNow").asLong() + 1);
		assertThat(programme.get("cities").findValuesAsText("cityName")).contains("厦门市");
		assertThat(programme.get("applicationsByStatus").get(ApplicationStatus.ISSUED.label()).asInt())
				.isEqualTo(before.get("applicationsByStatus").path(ApplicationStatus.ISSUED.label()).asInt() + 1);
	}

	@Test
	@DisplayName("R-SC-5: not yet mature → the panel's guidance goes to the city, which revises within 60 days; mature in the second round; each round is recorded")
	void matureAfterTwoRounds() {
		ProcessInstance wuhan = toArgumentation("420100", "420000");
		reviews.complete(wuhan.getId(), 0.7, "请细化五大工程的量化目标和年度安排。");

		assertThat(wuhan).isWaitingAt(REVISE);
		assertThat(driver.task(wuhan, REVISE)).hasCandidateGroup("city-420100");
		assertThat(driver.task(wuhan, REVISE).getDueDate()).isNotNull();
		assertThat((String) engine.getTaskService().getVariable(driver.task(wuhan, REVISE).getId(), "returnReason"))
				.contains("第1轮专家论证意见").contains("请细化五大工程的量化目标和年度安排。");
		assertThat((String) engine.getTaskService().getVariable(driver.task(wuhan, REVISE).getId(), "returnedBy")).isEqualTo("专家组(第1轮论证)");
		assertThat(notifications.sentTo(users.city("420100"))).anySatisfy(n -> assertThat(n.body()).contains("请细化五大工程"));

		driver.submitPlan(wuhan, "420100", REVISE, "已按专家意见细化量化目标。");
		assertThat(wuhan).as("a revised plan goes straight back to argumentation").isWaitingAt("CallActivity_Argumentation");
		assertThat(engine.getRuntimeService().getVariable(wuhan.getId(), "round")).isEqualTo(2);
		assertThat((String) engine.getRuntimeService().getVariable(wuhan.getId(), "subject"))
				.as("the Tasklist's column shows the round").endsWith("第2轮论证");
		reviews.complete(wuhan.getId(), 0.9, "修改后方案成熟。");

		assertThat(wuhan).isWaitingAt(APPROVE);
		List<Round> rounds = plans.rounds(driver.applicationId(wuhan));
		assertThat(rounds).extracting(Round::roundNo).containsExactly(1, 2);
		assertThat(rounds).extracting(Round::recommendation).containsExactly("REVISE", "APPROVE");
		assertThat(rounds.get(0).revisionDue()).isNotNull();
		assertThat(rounds.get(0).guidance()).isEqualTo("请细化五大工程的量化目标和年度安排。");
	}

	@Test
	@DisplayName("R-SC-5: a rejected plan ends the application with the reason")
	void rejected() {
		ProcessInstance ningbo = toArgumentation("330200", "330000");
		reviews.complete(ningbo.getId(), 0.5, "工作基础薄弱,方案目标不切实际。");

		assertThat(ningbo).isEnded().hasPassed("Task_Reject", "EndEvent_Rejected");
		assertThat(applications.get(driver.applicationId(ningbo)).status()).isEqualTo(ApplicationStatus.REJECTED);
		assertThat(notifications.sentTo(users.city("330200"))).anySatisfy(n -> {
			assertThat(n.subject()).startsWith("【论证未通过】");
			assertThat(n.body()).contains("工作基础薄弱");
		});
	}

	@Test
	@DisplayName("R-SC-5, R-X-2: a missed revision deadline: the city is reminded a week before; at the deadline the province and CNIPA are told (escalation) and the city may still revise; 30 days later the application ends")
	void revisionDeadlineMissed() {
		ProcessInstance qingdao = toArgumentation("370200", "370000");
		reviews.complete(qingdao.getId(), 0.7, "请补充知识产权运用促进工程的工作项目。");
		assertThat(qingdao).isWaitingAt(REVISE);
		Date start = ClockUtil.getCurrentTime();

		ClockUtil.setCurrentTime(new Date(start.getTime() + Duration.ofDays(53).toMillis() + 1000));
		runTimers(qingdao);
		assertThat(qingdao).isWaitingAt(REVISE);
		assertThat(notifications.sentTo(users.city("370200"))).anySatisfy(n -> assertThat(n.subject()).startsWith("【待办提醒】"));

		ClockUtil.setCurrentTime(new Date(start.getTime() + Duration.ofDays(60).toMillis() + 1000));
		runTimers(qingdao);
		assertThat(qingdao).as("overdue: escalated, the city may still revise").isWaitingAt(REVISE).hasPassed("Task_EscalateRevision");
		assertThat(notifications.sentTo(users.provincialIpOffice("370000"))).anySatisfy(n -> assertThat(n.subject()).startsWith("【逾期督办】"));
		assertThat(notifications.sentTo(users.cnipa())).anySatisfy(n -> assertThat(n.subject()).startsWith("【逾期督办】"));

		ClockUtil.setCurrentTime(new Date(start.getTime() + Duration.ofDays(90).toMillis() + 1000));
		runTimers(qingdao);
		assertThat(qingdao).isEnded().hasPassed("Task_Lapse", "EndEvent_Lapsed");
		assertThat(applications.get(driver.applicationId(qingdao)).status()).isEqualTo(ApplicationStatus.LAPSED);
		assertThat(notifications.sentTo(users.provincialIpOffice("370000"))).anySatisfy(n -> assertThat(n.subject()).startsWith("【逾期未修改】"));
		assertThat(notifications.sentTo(users.cnipa())).anySatisfy(n -> assertThat(n.subject()).startsWith("【逾期未修改】"));
	}

	@Test
	@DisplayName("R-SC-2: two cities that start at different times and take different numbers of rounds are each approved on their own, with no batch step anywhere")
	void rollingApproval() {
		ProcessInstance xian = toArgumentation("610100", "610000");
		reviews.complete(xian.getId(), 0.7, "请完善预算安排。");
		assertThat(xian).isWaitingAt(REVISE);

		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(20).toMillis()));
		ProcessInstance hefei = toArgumentation("340100", "340000");
		reviews.complete(hefei.getId(), 0.9, "方案成熟。");
		assertThat(hefei).as("合肥 is ready for approval while 西安 is still revising").isWaitingAt(APPROVE);
		assertThat(xian).isWaitingAt(REVISE);
		driver.complete(users.cnipa(), hefei, APPROVE, Map.of("approvalDecision", "APPROVE",
				"approvalDocNumber", "国知发管函合字〔2026〕" + System.nanoTime() % 100000 + "号", "approvalOpinion", "同意。"));
		assertThat(hefei).isWaitingAt(ISSUE);

		driver.submitPlan(xian, "610100", REVISE, "已完善预算。");
		reviews.complete(xian.getId(), 0.9, "修改后方案成熟。");
		assertThat(xian).isWaitingAt(APPROVE);
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(3).toMillis()));
		driver.complete(users.cnipa(), xian, APPROVE, Map.of("approvalDecision", "APPROVE",
				"approvalDocNumber", "国知发管函西字〔2026〕" + System.nanoTime() % 100000 + "号", "approvalOpinion", "同意。"));
		assertThat(xian).isWaitingAt(ISSUE);
		assertThat(plans.approval(driver.applicationId(xian)).orElseThrow().approvedOn())
				.as("each approved on its own day").isAfter(plans.approval(driver.applicationId(hefei)).orElseThrow().approvedOn());
		assertThat(plans.rounds(driver.applicationId(xian))).hasSize(2);
		assertThat(plans.rounds(driver.applicationId(hefei))).hasSize(1);
		var model = engine.getRepositoryService().getBpmnModelInstance(xian.getProcessDefinitionId());
		assertThat(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class))
				.as("no step waits for other cities").noneMatch(n -> n.getId().toLowerCase().contains("batch"));
	}

	@Test
	@DisplayName("R-SC-6, R-X-1: the city may withdraw until approval — also while its mature plan waits for CNIPA's approval; the reason is recorded")
	void withdrawnWhileAwaitingApproval() {
		ProcessInstance nanjing = toArgumentation("320100", "320000");
		reviews.complete(nanjing.getId(), 0.9, "方案成熟。");
		assertThat(nanjing).isWaitingAt(APPROVE);
		long id = driver.applicationId(nanjing);

		assertThat(new Http(rest).post(users.city("320100"), "/api/strong-city/applications/" + id + "/withdraw",
				Map.of("reason", "市政府决定调整建设重点后重新申请。")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(nanjing).isEnded().hasPassed("BoundaryEvent_WithdrawnBeforeApproval", "EndEvent_Withdrawn");
		assertThat(applications.get(id).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(decisions.of("APPLICATION", id)).last().extracting(Decision::outcome, Decision::opinion)
				.containsExactly("WITHDRAW", "市政府决定调整建设重点后重新申请。");
	}

	@Test
	@DisplayName("R-SC-4, R-X-1: another city or province can neither see nor act on an application")
	void otherRegionsCannotAct() {
		ProcessInstance changsha = driver.apply("430100");
		driver.submitPlan(changsha, "430100", DRAFT, "首次提交。");
		long visible = driver.as(users.provincialIpOffice("420000"), () -> engine.getTaskService().createTaskQuery()
				.processInstanceId(changsha.getId()).count());
		assertThat(visible).isZero();
		assertThatThrownBy(() -> driver.guide(changsha, "420000", "RECOMMEND", "不是本省的申请"))
				.isInstanceOf(AuthorizationException.class);
		Http http = new Http(rest);
		assertThat(http.get(users.city("420100"), "/api/strong-city/applications/" + driver.applicationId(changsha))
				.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.get(users.provincialIpOffice("430000"), "/api/strong-city/applications/" + driver.applicationId(changsha))
				.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private ProcessInstance toArgumentation(String city, String province) {
		ProcessInstance instance = driver.apply(city);
		driver.submitPlan(instance, city, DRAFT, "首次提交。");
		driver.guide(instance, province, "RECOMMEND", "同意推荐。");
		driver.check(instance, "COMPLETE", "形式审查通过。");
		return instance;
	}

	private void upload(String city, long applicationId) {
		users.login(users.city(city));
		try {
			attachments.upload(applicationId, AttachmentKind.ISSUING_DOCUMENT, "印发文件.pdf", 20,
					new ByteArrayInputStream("%PDF-1.7 issued plan".getBytes()));
		}
		finally {
			users.logout();
		}
	}

	private void runTimers(ProcessInstance instance) {
		engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().executable().list()
				.forEach(j -> engine.getManagementService().executeJob(j.getId()));
	}

	private void releaseTitle(String city) {
		titles.find(city, TitleKind.STRONG_CITY).filter(t -> t.status() == TitleStatus.ACTIVE || t.status() == TitleStatus.RECTIFICATION)
				.ifPresent(t -> titles.changeStatus(t.id(), t.status(), TitleStatus.ENDED, LocalDate.now(), "测试前重置", null, "test"));
	}
}

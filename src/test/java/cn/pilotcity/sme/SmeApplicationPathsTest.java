package cn.pilotcity.sme;

import static cn.pilotcity.sme.SmeApplicationDriver.CHECK_TASK;
import static cn.pilotcity.sme.SmeApplicationDriver.DRAFT_TASK;
import static cn.pilotcity.sme.SmeApplicationDriver.IP_OFFICE_TASK;
import static cn.pilotcity.sme.SmeApplicationDriver.SUPPLEMENT_TASK;
import static cn.pilotcity.sme.SmeApplicationDriver.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.notification.Notifications;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.ValidationFailedException;

/** The SME application's side paths: incomplete plans, ineligibility, the deadline, supplements. */
@PilotCityTest
class SmeApplicationPathsTest {

	private static final String SUZHOU = "320500";
	private static final String JIANGSU = "320000";

	@Autowired
	org.springframework.boot.test.web.client.TestRestTemplate rest;
	@Autowired
	Decisions decisions;
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
	Notifications notifications;
	@Autowired
	cn.pilotcity.review.ReviewTestSupport reviews;
	@Autowired
	cn.pilotcity.review.Reviews reviewRecords;

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
	@DisplayName("R-SME-5: a plan missing any of sections (1)–(7) cannot be submitted; each missing part is named in Chinese, (8) is optional")
	void missingSectionsAreRefused() {
		ProcessInstance instance = driver.apply(SUZHOU);
		Map<String, Object> incomplete = draft();
		incomplete.remove("section3");
		incomplete.put("section6", "太短");
		incomplete.remove("target2_PEOPLE_TRAINED");
		incomplete.remove("condition4");

		assertThatThrownBy(() -> driver.submit(instance, SUZHOU, incomplete)).isInstanceOf(ValidationFailedException.class)
				.satisfies(e -> assertThat(((ValidationFailedException) e).details()).containsExactly(
						"请填写第(3)部分「集聚区内中小企业总体发展、技术创新、知识产权总体状况及发展沿革」",
						"第(6)部分「主要工作内容、总体工作计划及逐年实施计划安排」不少于 100 字",
						"请填写第2年目标「知识产权培训人员」(人次)",
						"请对申报条件(4)作出自评"));
		assertThat(instance).isWaitingAt(DRAFT_TASK);
		assertThat(applications.get(driver.applicationId(instance)).status()).isEqualTo(ApplicationStatus.DRAFT);

		Map<String, Object> noSectionEight = draft();
		noSectionEight.remove("section8");
		driver.submit(instance, SUZHOU, noSectionEight);
		assertThat(instance).isWaitingAt(IP_OFFICE_TASK);
	}

	@Test
	@DisplayName("R-SME-1, R-SME-5: an application must name at least one SME cluster; the yearly targets (SMEs, agencies, training, IP creation, use, protection, management) are stored as numbers")
	void clustersAndTargets() {
		ProcessInstance instance = driver.apply(SUZHOU);
		Map<String, Object> noCluster = draft();
		noCluster.put("clusters", "  \n ");
		assertThatThrownBy(() -> driver.submit(instance, SUZHOU, noCluster)).isInstanceOf(ValidationFailedException.class)
				.hasMessageContaining("请至少填写一个中小企业集聚区");

		driver.submit(instance, SUZHOU, draft());
		var content = applications.content(driver.applicationId(instance));
		assertThat(content.targets()).extracting(t -> t.metric()).contains("PATENT_APPLICATIONS", "IP_UTILISATION",
				"IP_PROTECTION", "IP_MANAGEMENT");
		assertThat(content.targets()).hasSize(3 * 7).anySatisfy(t -> {
			assertThat(t.yearNo()).isEqualTo(3);
			assertThat(t.metric()).isEqualTo("SMES_CULTIVATED");
			assertThat(t.value()).isEqualByComparingTo("30");
		});
		assertThat(content.organisations()).containsExactly("苏州大学知识产权研究院");
	}

	@Test
	@DisplayName("R-SME-4: an application rating a condition 'not met' is ineligible and goes back to the city with the reason")
	void ineligibleGoesBackWithReason() {
		ProcessInstance instance = driver.apply(SUZHOU);
		Map<String, Object> weak = draft();
		weak.put("condition2", "NOT_MET");
		driver.submit(instance, SUZHOU, weak);

		assertThat(instance).hasPassed("Task_CheckEligibility", "Task_MarkIneligible").isWaitingAt(DRAFT_TASK);
		assertThat(applications.get(driver.applicationId(instance)).status()).isEqualTo(ApplicationStatus.INELIGIBLE);
		assertThat((String) engine.getTaskService().getVariable(driver.task(instance, DRAFT_TASK).getId(), "returnReason"))
				.startsWith("不符合申报条件:").contains("条件二");

		Map<String, Object> fixed = draft();
		fixed.put("condition2", "PARTLY");
		fixed.put("revisionNote", "市政府已出台专项支持政策。");
		driver.submit(instance, SUZHOU, fixed);
		assertThat(instance).isWaitingAt(IP_OFFICE_TASK);
	}

	@Test
	@DisplayName("R-SME-2: one application per city and batch; a second one is refused")
	void oneApplicationPerCityAndBatch() {
		driver.apply(SUZHOU);
		assertThatThrownBy(() -> driver.apply(SUZHOU)).isInstanceOf(InvalidInputException.class)
				.hasMessage("本市已在该批次提交过申报,不能重复申报");
	}

	@Test
	@DisplayName("R-SME-2: after the deadline the city's submission is refused; the deadline timer then ends the application as late")
	void lateAtTheCitysStep() {
		ProcessInstance instance = driver.apply(SUZHOU);
		ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf(lastDay.plusDays(1).atStartOfDay()));

		assertThatThrownBy(() -> driver.submit(instance, SUZHOU, draft())).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("截止申报,逾期不予受理");
		String draftTask = driver.task(instance, SmeApplicationDriver.DRAFT_TASK).getId();
		driver.runDueTimers(instance, batch);

		org.springframework.http.ResponseEntity<com.fasterxml.jackson.databind.JsonNode> afterClose = new cn.pilotcity.support.Http(rest)
				.post(users.city(SUZHOU), "/engine-rest/task/" + draftTask + "/submit-form", Map.of("variables",
						Map.of("cityAction", Map.of("value", "SUBMIT"))));
		assertThat(afterClose.getStatusCode().value()).isEqualTo(409);
		assertThat(afterClose.getBody().get("message").asText()).as("told the task ended, not that it was done")
				.containsPattern("^(办理期限已过|该任务已于)").contains("结束,您的提交未被接受").doesNotContain("已办理完毕");
		assertThat(instance).isEnded().hasPassed("Timer_DeadlineWhileDrafting", "EndEvent_Late");
		assertThat(applications.get(driver.applicationId(instance)).status()).isEqualTo(ApplicationStatus.LATE);
		assertThat(notifications.sentTo(users.city(SUZHOU))).anySatisfy(n -> assertThat(n.subject()).startsWith("【申报逾期】"));
		assertThat(batches.get(driver.batchId(batch)).status()).as("the batch closed by itself").isEqualTo(SmeBatch.CLOSED);
	}

	@Test
	@DisplayName("R-SME-2: an application still with the provinces at the deadline is late")
	void lateWhileRecommending() {
		ProcessInstance instance = driver.applyAndSubmit(SUZHOU);
		driver.ipOfficeDecides(instance, JIANGSU, "AGREE", "同意推荐。", "苏知发〔2026〕30号");

		driver.passDeadline(lastDay, instance);

		assertThat(instance).isEnded().hasPassed("Timer_DeadlineWhileRecommending", "EndEvent_Late");
		assertThat(driver.task(instance, "Task_ProvincialSmeAuthorityReview")).isNull();
	}

	@Test
	@DisplayName("R-SME-2: a recommendation reaching the national level after the deadline is refused at national receipt")
	void lateAtNationalReceipt() {
		ProcessInstance instance = driver.applyAndSubmit(SUZHOU);
		driver.ipOfficeDecides(instance, JIANGSU, "AGREE", "同意推荐。", "苏知发〔2026〕31号");
		ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf(lastDay.plusDays(1).atTime(8, 0)));

		driver.smeAuthorityDecides(instance, JIANGSU, "AGREE", "同意推荐。");

		assertThat(instance).isEnded().hasPassed("Task_ReceiveNationally", "EndEvent_RefusedAtReceipt");
		assertThat(applications.get(driver.applicationId(instance)).status()).isEqualTo(ApplicationStatus.LATE);
	}

	@Test
	@DisplayName("R-SME-2, R-SME-6: national review starts when the batch closes; an incomplete application gets a supplement request, reminder and escalation; then the expert panel reviews it")
	void supplementsRequested() {
		ProcessInstance instance = driver.applyAndSubmit(SUZHOU);
		driver.recommend(instance, JIANGSU);
		assertThat(instance).isWaitingAt("Timer_BatchClosed");

		driver.passDeadline(lastDay, instance, batch);
		assertThat(instance).isWaitingAt(CHECK_TASK);
		assertThat(driver.task(instance, CHECK_TASK)).hasCandidateGroup("cnipa");

		driver.checkCompleteness(instance, "SUPPLEMENT", "请补充市政府关于专项资金的正式文件。");
		assertThat(instance).isWaitingAt(SUPPLEMENT_TASK);
		assertThat(driver.task(instance, SUPPLEMENT_TASK)).hasCandidateGroup("city-" + SUZHOU);
		assertThat(applications.get(driver.applicationId(instance)).status()).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);
		assertThat((String) engine.getTaskService().getVariable(driver.task(instance, SUPPLEMENT_TASK).getId(), "returnedBy"))
				.as("R-X-1: the supplement request says who asked and when").endsWith("(形式审查)");
		assertThat(engine.getTaskService().getVariable(driver.task(instance, SUPPLEMENT_TASK).getId(), "returnedAt")).isNotNull();

		ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + java.time.Duration.ofDays(13).toMillis()));
		driver.runDueTimers(instance);
		assertThat(notifications.sentTo(users.city(SUZHOU))).anySatisfy(n -> assertThat(n.subject()).startsWith("【待办提醒】")
				.as("the city named once, though the task's card names it too").containsOnlyOnce("苏州市").contains(" · 补充申报材料 "));
		ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + java.time.Duration.ofDays(3).toMillis()));
		driver.runDueTimers(instance);
		assertThat(notifications.sentTo(users.cnipa())).anySatisfy(n -> assertThat(n.subject()).startsWith("【逾期督办】"));

		driver.complete(users.city(SUZHOU), instance, SUPPLEMENT_TASK,
				Map.of("supplementAction", "SUPPLIED", "supplementNote", "已上传市政府文件。"));
		assertThat(instance).isWaitingAt(CHECK_TASK);
		driver.checkCompleteness(instance, "COMPLETE", "材料齐全。");
		assertThat(instance).isWaitingAt("CallActivity_ExpertReview");
		assertThat(applications.get(driver.applicationId(instance)).status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
		reviews.complete(instance.getId(), 0.9, "方案可行,建议纳入。");
		assertThat(instance).hasPassed("Task_AwaitDetermination").isWaitingAt("Event_BatchDetermined");
		assertThat(reviewRecords.ofApplication(driver.applicationId(instance))).last()
				.satisfies(review -> assertThat(review.recommendation()).isEqualTo("APPROVE"));
	}

	@Test
	@DisplayName("R-SME-6: the formal check shows the application's files; without its signed plan it cannot be found complete, the city supplies it and then it can")
	void signedPlanIsRequired() {
		SmeApplicationDriver withoutFiles = new SmeApplicationDriver(engine, users);
		ProcessInstance instance = withoutFiles.applyAndSubmit(SUZHOU);
		driver.recommend(instance, JIANGSU);
		driver.passDeadline(lastDay, instance, batch);
		String check = driver.task(instance, CHECK_TASK).getId();
		assertThat((String) engine.getTaskService().getVariable(check, "attachmentsView")).contains("尚未上传任何附件")
				.contains("未上传签章的申报方案");

		assertThatThrownBy(() -> driver.checkCompleteness(instance, "COMPLETE", "材料齐全。"))
				.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("该申报尚未上传签章的申报方案,不能认定材料齐全");
		assertThat(instance).isWaitingAt(CHECK_TASK);

		driver.checkCompleteness(instance, "SUPPLEMENT", "请上传盖章的申报方案。");
		driver.attachSignedPlan(instance, SUZHOU);
		driver.complete(users.city(SUZHOU), instance, SUPPLEMENT_TASK,
				Map.of("supplementAction", "SUPPLIED", "supplementNote", "已上传盖章的申报方案。"));
		String again = driver.task(instance, CHECK_TASK).getId();
		assertThat((String) engine.getTaskService().getVariable(again, "attachmentsView")).isEqualTo("共 1 个附件:签章的申报方案 1 个。");
		driver.checkCompleteness(instance, "COMPLETE", "材料齐全。");
		assertThat(instance).isWaitingAt("CallActivity_ExpertReview");
	}

	@Test
	@DisplayName("R-SME-6, R-X-1: an expert asks for a field visit; CNIPA schedules it and records findings that confirm the panel, and the application goes on to the batch's determination")
	void fieldVisitThroughTheApplication() {
		ProcessInstance instance = driver.applyAndSubmit(SUZHOU);
		driver.recommend(instance, JIANGSU);
		driver.passDeadline(lastDay, instance, batch);
		driver.checkCompleteness(instance, "COMPLETE", "材料齐全。");
		long reviewId = reviewIdOf(instance);

		reviews.completeWithFieldVisit(instance.getId(), "现场核查属实,建议纳入。");

		assertThat(instance).hasPassed("Task_AwaitDetermination").isWaitingAt("Event_BatchDetermined");
		assertThat(reviewRecords.ofApplication(driver.applicationId(instance))).last()
				.satisfies(review -> assertThat(review.recommendation()).isEqualTo("APPROVE"));
		assertThat(applications.get(driver.applicationId(instance)).status()).isEqualTo(ApplicationStatus.AWAITING_DETERMINATION);
		assertThat(decisions.of("REVIEW", reviewId)).extracting(Decision::step).contains("Task_RecordFindings");
	}

	private long reviewIdOf(ProcessInstance application) {
		ProcessInstance review = reviews.reviewCalledBy(application.getId());
		return ((Number) engine.getRuntimeService().getVariable(review.getId(), "reviewId")).longValue();
	}

	@Test
	@DisplayName("R-SME-2: a city cannot apply when no batch is open")
	void noOpenBatch() {
		batches.close(driver.batchId(batch));
		assertThatThrownBy(() -> driver.apply(SUZHOU)).isInstanceOf(InvalidInputException.class)
				.hasMessage("当前没有正在受理申报的批次");
	}
}

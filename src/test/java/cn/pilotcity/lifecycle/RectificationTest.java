package cn.pilotcity.lifecycle;

import static cn.pilotcity.support.LifecycleDriver.CITY_REPORT;
import static cn.pilotcity.support.LifecycleDriver.RECTIFICATION_PLAN;
import static cn.pilotcity.support.LifecycleDriver.RECTIFICATION_REPORT;
import static cn.pilotcity.support.LifecycleDriver.RE_REVIEW;
import static cn.pilotcity.support.LifecycleDriver.WITHDRAWAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleEvent;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.TitleStatus;
import cn.pilotcity.city.Titles;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.notification.Notifications;
import cn.pilotcity.notification.SentNotification;
import cn.pilotcity.support.Http;
import cn.pilotcity.support.LifecycleDriver;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.system.InvalidInputException;

/**
 * R-SC-8: supervised rectification or exit. Passed, failed then passed, failed and withdrawn, deadline
 * missed; the title's status is current at every step.
 */
@PilotCityTest
class RectificationTest {

	static final String HOHHOT = "150100";
	static final String INNER_MONGOLIA = "150000";

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	Titles titles;
	@Autowired
	Decisions decisions;
	@Autowired
	Notifications notifications;
	@Autowired
	LifecycleMapper mapper;
	@Autowired
	TestRestTemplate rest;

	@Autowired
	LifecycleDriver driver;
	Title title;
	long grantEvent;
	ProcessInstance lifecycle;

	@BeforeEach
	void underRectification() {
		BpmnAwareTests.init(engine);
		users.city(HOHHOT);
		users.provincialIpOffice(INNER_MONGOLIA);
		users.provincialIpOffice("320000");
		users.cnipa();
		title = driver.grantAfresh(HOHHOT, TitleKind.STRONG_CITY);
		grantEvent = titles.history(HOHHOT).stream().filter(e -> e.titleId() == title.id()).mapToLong(TitleEvent::id).max()
				.orElseThrow();
		lifecycle = driver.lifecycle(title);
		driver.reachReview(title, INNER_MONGOLIA, "GGG");
		driver.evaluatorRates(title, "WEAK");
		assertThat(titles.get(title.id()).status()).isEqualTo(TitleStatus.RECTIFICATION);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("R-SC-8: the city submits its plan and its report; the national office's re-review passes → the title is active again and the next cycle starts")
	void rectificationPassed() {
		long id = rectificationId();
		driver.cityRectifies(title);
		Task reReview = driver.task(title, RE_REVIEW);
		assertThat(reReview).hasCandidateGroup("cnipa");
		assertThat((String) driver.variable(reReview, "rectificationReport")).contains("三项整改任务均已按期完成");

		driver.cnipaReReviews(title, "PASSED", "整改措施到位,成效明显,同意恢复。");

		assertThat(titles.get(title.id()).status()).isEqualTo(TitleStatus.ACTIVE);
		assertThat(statuses()).endsWith(TitleStatus.ACTIVE, TitleStatus.RECTIFICATION, TitleStatus.ACTIVE);
		Rectification round = mapper.findRectification(id).orElseThrow();
		assertThat(round.outcome()).isEqualTo("PASSED");
		assertThat(round.plan()).isNotBlank();
		assertThat(round.planBy()).isEqualTo(users.city(HOHHOT));
		assertThat(round.decidedBy()).isEqualTo(users.cnipa());
		assertThat(decisions.of("RECTIFICATION", id)).singleElement().extracting(Decision::opinion).isEqualTo("整改措施到位,成效明显,同意恢复。");
		assertThat(lifecycle).isWaitingAt("Timer_AnnualAssessment").variables().containsEntry("cycle", 2)
				.containsEntry("rectificationOutcome", "PASSED");
	}

	@Test
	@DisplayName("R-SC-8: a failed first round leads to a second (one more, configurable) with the reasons of the first; passed then → active")
	void failedThenPassed() {
		driver.cityRectifies(title);
		driver.cnipaReReviews(title, "FAILED", "质押融资短板未见改善。");

		Task plan = driver.task(title, RECTIFICATION_PLAN);
		assertThat(driver.variable(plan, "rectificationRound")).isEqualTo(2);
		assertThat((String) driver.variable(plan, "rectificationReasons")).contains("第 1 轮整改复核未通过:质押融资短板未见改善。");
		assertThat(driver.variable(plan, "rectificationPlan")).as("the form of the new round starts empty").isNull();
		assertThat(titles.get(title.id()).status()).isEqualTo(TitleStatus.RECTIFICATION);

		driver.cityRectifies(title);
		driver.cnipaReReviews(title, "PASSED", "第二轮整改达到要求。");

		assertThat(titles.get(title.id()).status()).isEqualTo(TitleStatus.ACTIVE);
		assertThat(lifecycle).isWaitingAt("Timer_AnnualAssessment");
	}

	@Test
	@DisplayName("R-SC-8, R-X-1: failed in every round → the national office withdraws the title by a recorded decision (document number, opinion) and it is published")
	void failedAndWithdrawn() {
		driver.cityRectifies(title);
		driver.cnipaReReviews(title, "FAILED", "整改不到位。");
		driver.cityRectifies(title);
		driver.cnipaReReviews(title, "FAILED", "第二轮整改仍不到位。");

		Task withdrawal = driver.task(title, WITHDRAWAL);
		assertThat(withdrawal).hasCandidateGroup("cnipa");
		assertThat(withdrawal.getDueDate()).as("R-X-2: the decision is due").isNotNull();
		assertThatThrownBy(() -> driver.complete(users.cnipa(), withdrawal,
				Map.of("withdrawalDecision", "WITHDRAW_TITLE", "withdrawalOpinion", "两轮整改均不合格。")))
				.isInstanceOf(InvalidInputException.class).hasMessage("请填写文号");
		driver.complete(users.cnipa(), withdrawal, Map.of("withdrawalDecision", "WITHDRAW_TITLE",
				"withdrawalOpinion", "两轮督促整改均不合格,取消知识产权强市资格。", "withdrawalDocNumber", "国知发管字〔2036〕7号"));

		assertThat(titles.get(title.id()).status()).isEqualTo(TitleStatus.WITHDRAWN);
		TitleEvent withdrawn = events().get(events().size() - 1);
		assertThat(withdrawn.status()).isEqualTo(TitleStatus.WITHDRAWN);
		assertThat(withdrawn.docNumber()).isEqualTo("国知发管字〔2036〕7号");
		assertThat(withdrawn.recordedBy()).isEqualTo(users.cnipa());
		assertThat(withdrawn.reason()).isEqualTo("两轮督促整改均不合格,取消知识产权强市资格。");
		assertThat(decisions.of("TITLE", title.id())).extracting(Decision::outcome).contains("WITHDRAW_TITLE");
		assertThat(lifecycle).isEnded().hasPassed("EndEvent_Withdrawn");
		assertThat(notifications.sentTo(users.provincialIpOffice("320000"))).extracting(SentNotification::subject)
				.anyMatch(s -> s.equals("【公告】取消呼和浩特市知识产权强市资格"));
		assertThat(new Http(rest).get(users.city("320500"), "/api/title-withdrawals").getBody())
				.anySatisfy(w -> assertThat(w.get("docNumber").asText()).isEqualTo("国知发管字〔2036〕7号"));
	}

	@Test
	@DisplayName("R-SC-8, R-X-2: a reminder before the deadline; a missed deadline counts as a failed round; missed again → withdrawal")
	void missedDeadlines() {
		LocalDateTime notice = driver.now();
		long first = rectificationId();

		driver.advanceTo(title, notice.plus(Duration.ofDays(150)).plusMinutes(1));
		assertThat(notifications.sentTo(users.city(HOHHOT))).extracting(SentNotification::subject)
				.anyMatch(s -> s.startsWith("【待办提醒】") && s.contains("提交整改方案"));
		driver.complete(users.city(HOHHOT), driver.task(title, RECTIFICATION_PLAN),
				Map.of("rectificationPlan", "成立整改工作组,逐项制定整改措施和时间表。"));

		driver.advanceTo(title, notice.plus(Duration.ofDays(180)).plusMinutes(1));
		assertThat(mapper.findRectification(first).orElseThrow().outcome()).isEqualTo("MISSED");
		assertThat(driver.task(title, RECTIFICATION_REPORT)).isNull();
		assertThat(driver.task(title, RECTIFICATION_PLAN)).as("the second round").isNotNull();

		driver.advanceTo(title, driver.now().plus(Duration.ofDays(181)));
		assertThat(driver.task(title, WITHDRAWAL)).isNotNull();
		assertThat(titles.get(title.id()).status()).isEqualTo(TitleStatus.RECTIFICATION);
	}

	@Test
	@DisplayName("R-AA-1, R-SC-8: an assessment day that passed during the rectification is not lost: the year is assessed as soon as the title is active again")
	void missedAssessmentIsCaughtUp() {
		int nextYear = (Integer) engine.getRuntimeService().getVariable(lifecycle.getId(), "assessmentYear");
		driver.advanceTo(title, LocalDateTime.of(nextYear + 1, 1, 20, 9, 0));
		driver.cityRectifies(title);
		driver.cnipaReReviews(title, "PASSED", "整改合格。");

		driver.runDueJobs(title);
		assertThat(driver.task(title, CITY_REPORT)).isNotNull();
		assertThat(driver.assessment(title).assessedYear()).isEqualTo(nextYear);
	}

	private long rectificationId() {
		return ((Number) driver.variable(driver.task(title, RECTIFICATION_PLAN), "rectificationId")).longValue();
	}

	/** The title's events since this test granted it (earlier runs on the same database left theirs), in order. */
	private List<TitleEvent> events() {
		return titles.history(HOHHOT).stream().filter(e -> e.titleId() == title.id() && e.id() >= grantEvent)
				.sorted(java.util.Comparator.comparing(TitleEvent::id)).toList();
	}

	private List<TitleStatus> statuses() {
		return events().stream().map(TitleEvent::status).toList();
	}
}

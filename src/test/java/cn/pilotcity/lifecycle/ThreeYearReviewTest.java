package cn.pilotcity.lifecycle;

import static cn.pilotcity.support.LifecycleDriver.EVALUATION;
import static cn.pilotcity.support.LifecycleDriver.RECTIFICATION_PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

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

import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.TitleStatus;
import cn.pilotcity.city.Titles;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.notification.Notifications;
import cn.pilotcity.notification.SentNotification;
import cn.pilotcity.support.LifecycleDriver;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/** R-SC-8, R-SME-7, R-AA-5: the third-party review and each of its outcomes. */
@PilotCityTest
class ThreeYearReviewTest {

	static final String TANGSHAN = "130200";
	static final String HEBEI = "130000";

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
	LifecycleMapper reviews;

	@Autowired
	LifecycleDriver driver;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
		users.city(TANGSHAN);
		users.provincialIpOffice(HEBEI);
		users.provincialIpOffice("320000");
		users.cnipa();
		users.memberOf("evaluators");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("R-SC-8, R-AA-5: the evaluator's task shows the three annual results; leading with two excellent years → promoted nationwide, recorded and announced to every province")
	void leadingCityIsPromoted() {
		Title title = driver.grantAfresh(TANGSHAN, TitleKind.STRONG_CITY);
		int year = title.grantedOn().getYear();
		driver.reachReview(title, HEBEI, "EGE");

		Task evaluation = driver.task(title, EVALUATION);
		assertThat(evaluation).hasCandidateGroup("evaluators");
		String results = (String) driver.variable(evaluation, "annualResults");
		assertThat(results).contains(year + " 年度:**优秀**").contains((year + 1) + " 年度:**良好**").contains((year + 2) + " 年度:**优秀**");
		assertThat(driver.variable(evaluation, "excellentYears")).isEqualTo(2);
		long reviewId = ((Number) driver.variable(evaluation, "reviewId")).longValue();

		driver.evaluatorRates(title, "LEADING");

		Review review = reviews.findReview(reviewId).orElseThrow();
		assertThat(review.outcome()).isEqualTo("PROMOTE");
		assertThat(review.promoted()).isTrue();
		assertThat(review.evaluator()).isEqualTo(users.memberOf("evaluators"));
		assertThat(review.firstYear()).isEqualTo(year);
		assertThat(review.lastYear()).isEqualTo(year + 2);
		assertThat(decisions.of("TITLE_REVIEW", reviewId)).singleElement().extracting(Decision::outcome).isEqualTo("LEADING");
		assertThat(subjects(users.provincialIpOffice("320000"))).anyMatch(s -> s.startsWith("【经验推广】") && s.contains("唐山市"));
		assertThat(driver.lifecycle(title)).isWaitingAt("Timer_AnnualAssessment").variables().containsEntry("cycle", 2);
		assertThat(titles.get(title.id()).status()).isEqualTo(TitleStatus.ACTIVE);
	}

	@Test
	@DisplayName("R-SC-8: weak effort or results → supervised rectification: the notice with reasons and deadline, the title under rectification")
	void weakCityIsRectified() {
		Title title = driver.grantAfresh(TANGSHAN, TitleKind.STRONG_CITY);
		driver.reachReview(title, HEBEI, "GGG");

		driver.evaluatorRates(title, "WEAK");

		Task plan = driver.task(title, RECTIFICATION_PLAN);
		assertThat(plan).hasCandidateGroup("city-" + TANGSHAN);
		assertThat((String) driver.variable(plan, "rectificationReasons")).contains("推进力度不大、工作成效不明显");
		assertThat(driver.variable(plan, "rectificationRound")).isEqualTo(1);
		assertThat(titles.get(title.id()).status()).isEqualTo(TitleStatus.RECTIFICATION);
		assertThat(titles.history(TANGSHAN).stream().filter(e -> e.titleId() == title.id())
				.max(java.util.Comparator.comparing(cn.pilotcity.city.TitleEvent::id))).get()
				.satisfies(e -> assertThat(e.status()).isEqualTo(TitleStatus.RECTIFICATION));
		assertThat(subjects(users.city(TANGSHAN))).anyMatch(s -> s.startsWith("【整改通知】"));
	}

	@Test
	@DisplayName("R-SC-8, R-AA-5: two failed years send a city to rectification even when the evaluator rated it up to standard")
	void repeatedFailureIsRectified() {
		Title title = driver.grantAfresh(TANGSHAN, TitleKind.STRONG_CITY);
		driver.reachReview(title, HEBEI, "FGF");

		driver.evaluatorRates(title, "SOUND");

		assertThat(driver.task(title, RECTIFICATION_PLAN)).isNotNull();
		assertThat((String) driver.variable(driver.task(title, RECTIFICATION_PLAN), "rectificationReasons"))
				.contains("周期内 2 个年度考核不合格");
	}

	@Test
	@DisplayName("R-X-2: the evaluator is reminded before the deadline and the national office told when it passes")
	void evaluatorDeadline() {
		Title title = driver.grantAfresh(TANGSHAN, TitleKind.STRONG_CITY);
		driver.reachReview(title, HEBEI, "GGG");
		Task evaluation = driver.task(title, EVALUATION);

		driver.advanceTo(title, driver.now().plus(Duration.ofDays(61)));

		List<SentNotification> toCnipa = notifications.aboutProcess(evaluation.getProcessInstanceId());
		assertThat(toCnipa).extracting(SentNotification::subject).anyMatch(s -> s.startsWith("【待办提醒】"))
				.anyMatch(s -> s.startsWith("【逾期督办】"));
		assertThat(driver.task(title, EVALUATION)).as("the evaluation is still to be done").isNotNull();
	}

	@Test
	@DisplayName("R-SME-7: the SME pilot is assessed each year of its three and reviewed when its term ends; then its title ends")
	void smePilotIsReviewedAtTheEndOfItsTerm() {
		Title title = driver.grantAfresh(TANGSHAN, TitleKind.SME_PILOT, 3);
		assertThat(title.endsOn()).isEqualTo(title.grantedOn().plusYears(3));
		driver.reachReview(title, HEBEI, "GGG");
		ProcessInstance lifecycle = driver.lifecycle(title);

		assertThat(lifecycle).isWaitingAt("Timer_EndOfTerm");
		assertThat(driver.task(title, EVALUATION)).isNull();

		driver.advanceTo(title, title.endsOn().atStartOfDay().plusMinutes(1));
		assertThat(driver.task(title, EVALUATION)).isNotNull();
		assertThat((String) driver.variable(driver.task(title, EVALUATION), "reviewYears"))
				.isEqualTo(title.grantedOn().getYear() + "—" + (title.grantedOn().getYear() + 2) + " 年度");

		driver.evaluatorRates(title, "SOUND");

		assertThat(lifecycle).isEnded().hasPassed("EndEvent_TermCompleted");
		assertThat(titles.get(title.id()).status()).isEqualTo(TitleStatus.ENDED);
		assertThat(titles.get(title.id()).endsOn()).isEqualTo(title.grantedOn().plusYears(3));
		assertThat(LocalDate.of(title.grantedOn().getYear() + 3, 1, 15)).isBefore(title.endsOn());
	}

	private List<String> subjects(String user) {
		return notifications.sentTo(user).stream().map(SentNotification::subject).toList();
	}
}

package cn.pilotcity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
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

import cn.pilotcity.application.Applications;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.identity.IdentityAdmin;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/** Every path of the expert panel review, through the engine API as the real users, authorization on. */
@PilotCityTest
class ExpertReviewProcessTest {

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
	Decisions decisions;

	ReviewTestData data;
	ReviewDriver driver;
	final List<ProcessInstance> started = new ArrayList<>();

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
		data = new ReviewTestData(registry, identityAdmin, applications, users);
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
	@DisplayName("R-SME-6, R-X-1, R-X-3: normal path — drawn, confirmed, five experts score, statistics stored, DMN approves, the chair's guidance is kept")
	void normalPath() {
		ProcessInstance instance = start();
		assertThat(instance).isWaitingAt(ReviewDriver.CONFIRM_TASK);
		assertThat(driver.task(instance, ReviewDriver.CONFIRM_TASK)).hasCandidateGroup("cnipa");

		driver.confirm(instance);

		List<Member> seated = driver.seated(instance);
		assertThat(seated).hasSize(5).extracting(Member::seat).containsExactly(1, 2, 3, 4, 5);
		assertThat(driver.tasks(instance, ReviewDriver.REVIEW_TASK)).hasSize(5)
				.extracting(t -> t.getAssignee()).containsExactlyInAnyOrderElementsOf(
						seated.stream().map(m -> driver.userOf(m.expertId())).toList());

		driver.allScore(instance, 0.9, 0.85, 0.8, 0.95, 0.9);

		assertThat(instance).isWaitingAt(ReviewDriver.GUIDANCE_TASK);
		Review review = driver.review(instance);
		List<Statistic> statistics = reviews.statistics(review.id());
		assertThat(statistics).hasSize(6);
		Statistic total = statistics.stream().filter(s -> s.criterionCode().equals(Statistic.TOTAL)).findFirst().orElseThrow();
		assertThat(total.scoreCount()).isEqualTo(5);
		assertThat(total.minScore()).isEqualByComparingTo("80");
		assertThat(total.maxScore()).isEqualByComparingTo("95");
		assertThat(total.trimmedMean()).isEqualByComparingTo("88.33");
		assertThat(review.recommendation()).isEqualTo("APPROVE");
		assertThat(driver.task(instance, ReviewDriver.GUIDANCE_TASK).getAssignee()).isEqualTo(driver.userOf(seated.get(0).expertId()));

		driver.complete(driver.userOf(seated.get(0).expertId()), driver.task(instance, ReviewDriver.GUIDANCE_TASK),
				Map.of("panelGuidance", "专家组一致认为方案可行,建议通过;请进一步细化年度目标。"));

		assertThat(instance).isEnded().hasPassed("EndEvent_ReviewCompleted");
		review = reviews.get(review.id());
		assertThat(review.status()).isEqualTo(ReviewStatus.DECIDED);
		assertThat(review.guidance()).startsWith("专家组一致认为");
		List<Decision> recorded = decisions.of("REVIEW", review.id());
		assertThat(recorded).extracting(Decision::step).containsExactly(ReviewDriver.CONFIRM_TASK);
		assertThat(recorded.get(0).decidedBy()).isEqualTo(users.cnipa());
	}

	private ProcessInstance start() {
		ProcessInstance instance = driver.start(data.recommendedApplication());
		started.add(instance);
		return instance;
	}
}

package cn.pilotcity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.pilotcity.application.Applications;
import cn.pilotcity.identity.IdentityAdmin;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/** The contract the programmes rely on: called by a call activity, inputs in, outputs out, business key passed on. */
@PilotCityTest
class ExpertReviewCallTest {

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
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	Deployment deployment;

	@BeforeEach
	void deploy() {
		BpmnAwareTests.init(engine);
		new ReviewTestData(registry, identityAdmin, applications, states, jdbc, users).ensureExperts();
		deployment = engine.getRepositoryService().createDeployment()
				.addClasspathResource("test-processes/review-caller.bpmn").deploy();
	}

	@AfterEach
	void cleanUp() {
		engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
	}

	@Test
	@DisplayName("R-SME-6, R-SC-5: a programme calls expert-review with its inputs and gets panelRecommendation, panelScore, reviewId and panelGuidance back")
	void callActivityContract() {
		long applicationId = new ReviewTestData(registry, identityAdmin, applications, states, jdbc, users).recommendedApplication();
		ProcessInstance caller = engine.getRuntimeService().startProcessInstanceByKey("review-caller", "SME-" + applicationId,
				Map.of("applicationId", applicationId, "programme", "SME_PILOT", "cityCode", "320500", "provinceCode",
						"320000", "cityName", "苏州市", "subject", "苏州市 · 试点申报", "round", 2));
		ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId())
				.singleResult();
		assertThat(review.getBusinessKey()).isEqualTo("SME-" + applicationId);
		ReviewDriver driver = new ReviewDriver(engine, users, reviews, registry);
		Review stored = driver.review(review);
		assertThat(stored.reviewRound()).isEqualTo(2);
		assertThat(stored.businessKey()).isEqualTo("SME-" + applicationId);
		assertThat(stored.subject()).isEqualTo("苏州市 · 试点申报");

		driver.confirm(review);
		driver.allScore(review, 0.7);
		String chair = driver.userOf(driver.seated(review).get(0).expertId());
		driver.complete(chair, driver.task(review, ReviewDriver.GUIDANCE_TASK),
				Map.of("panelGuidance", "请补充集聚区企业知识产权数据后再议。"));

		assertThat(caller).isWaitingAt("Task_AfterReview");
		Map<String, Object> out = engine.getRuntimeService().getVariables(caller.getId());
		assertThat(out).as("the caller's gateway reads the recommendation; the rest is the review's")
				.containsEntry("panelRecommendation", "REVISE").containsEntry("reviewId", stored.id())
				.doesNotContainKey("panelGuidance");
		assertThat(reviews.get(stored.id()).status()).isEqualTo(ReviewStatus.DECIDED);
		assertThat(reviews.get(stored.id()).panelScore()).isEqualByComparingTo("70");
		assertThat(reviews.get(stored.id()).guidance()).isEqualTo("请补充集聚区企业知识产权数据后再议。");
		engine.getRuntimeService().deleteProcessInstance(caller.getId(), "test finished");
	}

	@Test
	@DisplayName("R-SME-6, R-SC-5: a review whose caller is cancelled is cancelled too and no longer counts towards the experts' workload")
	void cancelledWithCaller() {
		long applicationId = new ReviewTestData(registry, identityAdmin, applications, states, jdbc, users).recommendedApplication();
		ProcessInstance caller = engine.getRuntimeService().startProcessInstanceByKey("review-caller",
				Map.of("applicationId", applicationId, "programme", "SME_PILOT", "round", 1));
		ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId())
				.singleResult();
		ReviewDriver driver = new ReviewDriver(engine, users, reviews, registry);
		driver.confirm(review);
		Review stored = driver.review(review);
		long member = driver.seated(review).get(0).expertId();
		int before = registry.openReviews().get(member);

		engine.getRuntimeService().deleteProcessInstance(caller.getId(), "申报已撤回");

		assertThat(reviews.get(stored.id()).status()).isEqualTo(ReviewStatus.CANCELLED);
		assertThat(registry.openReviews().getOrDefault(member, 0)).isEqualTo(before - 1);
	}
}

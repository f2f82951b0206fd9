package cn.pilotcity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.pilotcity.assessment.Assessments;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.review.ReviewTestSupport;
import cn.pilotcity.review.ReviewTestSupport.OpenReview;
import cn.pilotcity.review.Reviews;
import cn.pilotcity.support.Http;
import cn.pilotcity.support.LifecycleDriver;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/**
 * The same action twice, and two people at the same moment, through the REST API with real threads on the
 * real database: one result, a clear Chinese 409 for the loser, nothing lost and nothing written twice.
 */
@PilotCityTest
class ConcurrentActionsTest {

	static final String REST = "/engine-rest";
	static final String NANJING = "320100";
	static final String JIANGSU = "320000";

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	Assessments assessments;
	@Autowired
	Decisions decisions;
	@Autowired
	Reviews reviews;
	@Autowired
	ReviewTestSupport reviewSupport;
	@Autowired
	TestRestTemplate rest;

	Http http;
	@Autowired
	LifecycleDriver driver;
	final ExecutorService threads = Executors.newFixedThreadPool(4);

	@BeforeEach
	void init() {
		http = new Http(rest);
	}

	@AfterEach
	void cleanUp() {
		threads.shutdownNow();
		ClockUtil.reset();
	}

	@Test
	@DisplayName("R-X-1: the same form submitted twice (a retried request, a second tab): one result, one decision row; the second gets 409 in Chinese")
	void sameFormTwice() {
		Title title = assessmentAtTheProvince();
		String task = driver.task(title, LifecycleDriver.PROVINCE_REVIEW).getId();
		String province = users.provincialIpOffice(JIANGSU);

		ResponseEntity<JsonNode> first = http.post(province, submitForm(task), forward("同意报送。"));
		ResponseEntity<JsonNode> second = http.post(province, submitForm(task), forward("同意报送(重复提交)。"));

		assertThat(first.getStatusCode().value()).isEqualTo(204);
		assertThat(second.getStatusCode().value()).isEqualTo(409);
		assertThat(second.getBody().get("message").asText()).startsWith("该任务已办理完毕").doesNotContain("Cannot");
		assertThat(provinceDecisions(title)).singleElement().satisfies(d -> assertThat(d.opinion()).isEqualTo("同意报送。"));
	}

	@Test
	@DisplayName("R-X-1: a double click: the same form sent by two threads at the same moment gives one result and one decision row; the other gets 409 in Chinese, never a 500")
	void doubleClickAtTheSameMoment() throws Exception {
		for (int round = 0; round < 3; round++) {
			Title title = assessmentAtTheProvince();
			String task = driver.task(title, LifecycleDriver.PROVINCE_REVIEW).getId();
			String province = users.provincialIpOffice(JIANGSU);

			List<ResponseEntity<JsonNode>> responses = atTheSameMoment(
					() -> http.post(province, submitForm(task), forward("同意报送(一)。")),
					() -> http.post(province, submitForm(task), forward("同意报送(二)。")));

			List<Integer> statuses = responses.stream().map(r -> r.getStatusCode().value()).sorted().toList();
			assertThat(statuses).as("round " + round).containsExactly(204, 409);
			JsonNode loser = responses.stream().filter(r -> r.getStatusCode().value() == 409).findFirst().orElseThrow().getBody();
			assertThat(loser.get("message").asText()).containsPattern("\\p{IsHan}").doesNotContain("Exception").doesNotContain("ENGINE-");
			assertThat(provinceDecisions(title)).as("round " + round).hasSize(1);
			assertThat(driver.task(title, LifecycleDriver.CNIPA_SCORING)).as("the process went on once").isNotNull();
		}
	}

	@Test
	@DisplayName("R-X-1, R-SME-6: two experts submitting their scores at the same moment are both recorded")
	void twoExpertsAtTheSameMoment() throws Exception {
		OpenReview review = reviewSupport.openReview();
		String a = review.seatedUsers().get(0);
		String b = review.seatedUsers().get(1);

		List<ResponseEntity<JsonNode>> responses = atTheSameMoment(
				() -> http.post(a, submitForm(review.taskIds().get(0)), reviewSupport.scoresAsSubmitted(review, 0.9, "甲专家意见。")),
				() -> http.post(b, submitForm(review.taskIds().get(1)), reviewSupport.scoresAsSubmitted(review, 0.8, "乙专家意见。")));

		assertThat(responses).allSatisfy(r -> assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(204));
		reviewSupport.runAsyncJobs(review);
		assertThat(reviews.assessments(review.reviewId())).extracting(cn.pilotcity.review.Assessment::opinion)
				.containsExactlyInAnyOrder("甲专家意见。", "乙专家意见。");
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(review.processInstanceId())
				.taskAssignee(a).count()).isZero();
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(review.processInstanceId())
				.taskAssignee(b).count()).isZero();
		engine.getRuntimeService().deleteProcessInstance(review.processInstanceId(), "test finished");
	}

	/** A new annual assessment of 南京, reported by the city: the 江苏 office's review task is open. */
	private Title assessmentAtTheProvince() {
		Title title = driver.grantAfresh(NANJING, TitleKind.DEMONSTRATION);
		driver.startNextAssessment(title);
		driver.uploadIndicators(title, LifecycleDriver.GOOD_VALUES);
		driver.citySubmits(title, true);
		return title;
	}

	private List<Decision> provinceDecisions(Title title) {
		return decisions.of("ASSESSMENT", driver.assessmentId(title)).stream()
				.filter(d -> LifecycleDriver.PROVINCE_REVIEW.equals(d.step())).toList();
	}

	@SafeVarargs
	private List<ResponseEntity<JsonNode>> atTheSameMoment(Callable<ResponseEntity<JsonNode>>... calls) throws Exception {
		CountDownLatch ready = new CountDownLatch(calls.length);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<ResponseEntity<JsonNode>>> futures = new ArrayList<>();
		for (Callable<ResponseEntity<JsonNode>> call : calls) {
			futures.add(threads.submit(() -> {
				ready.countDown();
				go.await();
				return call.call();
			}));
		}
		ready.await(10, TimeUnit.SECONDS);
		go.countDown();
		List<ResponseEntity<JsonNode>> responses = new ArrayList<>();
		for (Future<ResponseEntity<JsonNode>> future : futures) {
			responses.add(future.get(60, TimeUnit.SECONDS));
		}
		return responses;
	}

	private static String submitForm(String taskId) {
		return REST + "/task/" + taskId + "/submit-form";
	}

	private static Map<String, Object> forward(String opinion) {
		return Map.of("variables", Map.of("provinceDecision", Map.of("value", "FORWARD", "type", "String"),
				"provinceOpinion", Map.of("value", opinion, "type", "String")));
	}
}

package cn.pilotcity.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.pilotcity.application.ApplicationStates;
import cn.pilotcity.application.Applications;
import cn.pilotcity.identity.IdentityAdmin;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.system.EngineClock;

/**
 * Runs the real expert review for the tests of the programmes that call it: the national office confirms
 * the drawn panel, every seated expert scores, the chair writes the guidance.
 */
@TestComponent
public class ReviewTestSupport {

	private final ProcessEngine engine;
	private final TestUsers users;
	private final Reviews reviews;
	private final ExpertRegistry registry;
	private final IdentityAdmin identityAdmin;
	private final Applications applications;
	private final ApplicationStates states;
	private final JdbcTemplate jdbc;

	ReviewTestSupport(ProcessEngine engine, TestUsers users, Reviews reviews, ExpertRegistry registry,
			IdentityAdmin identityAdmin, Applications applications, ApplicationStates states, JdbcTemplate jdbc) {
		this.states = states;
		this.jdbc = jdbc;
		this.engine = engine;
		this.users = users;
		this.reviews = reviews;
		this.registry = registry;
		this.identityAdmin = identityAdmin;
		this.applications = applications;
	}

	/** Test experts in ten provinces, so any test city has a full panel of experts from elsewhere. */
	public void ensureExperts() {
		new ReviewTestData(registry, identityAdmin, applications, states, jdbc, users).ensureExperts();
	}

	/**
	 * A confirmed review of a new 苏州 SME application: every seated expert holds his scoring task. For the
	 * tests of other features that need an expert on a panel (and one who is not).
	 */
	public OpenReview openReview() {
		ReviewTestData data = new ReviewTestData(registry, identityAdmin, applications, states, jdbc, users);
		data.ensureExperts();
		ReviewDriver driver = new ReviewDriver(engine, users, reviews, registry);
		ProcessInstance instance = driver.start(data.recommendedApplication());
		driver.confirm(instance);
		Review review = driver.review(instance);
		List<Member> seated = driver.seated(instance);
		List<Long> onReview = reviews.members(review.id()).stream().map(Member::expertId).toList();
		String notOnPanel = ReviewTestData.ELIGIBLE.stream().map(e -> e[0])
				.filter(u -> !onReview.contains(registry.byUser(u).orElseThrow().id())).findFirst().orElseThrow();
		return new OpenReview(instance.getId(), review.id(), review.applicationId(),
				seated.stream().map(m -> driver.userOf(m.expertId())).toList(),
				seated.stream().map(m -> driver.reviewTask(instance, m).getId()).toList(), notOnPanel);
	}

	/** An expert review waiting for the seated experts' scores; {@code taskIds} in the order of {@code seatedUsers}. */
	public record OpenReview(String processInstanceId, long reviewId, long applicationId, List<String> seatedUsers,
			List<String> taskIds, String expertNotOnPanel) {
	}

	/** The body of {@code POST /engine-rest/task/{id}/submit-form} as the Tasklist sends an expert's scores. */
	public Map<String, Object> scoresAsSubmitted(OpenReview review, double share, String opinion) {
		Map<String, Object> values = new HashMap<>();
		List<Criterion> rubric = reviews.rubric(reviews.get(review.reviewId()).programme());
		for (int i = 0; i < rubric.size(); i++) {
			values.put("score" + (i + 1), Map.of("value", rubric.get(i).maxScore().doubleValue() * share, "type", "Double"));
		}
		values.put("conflict", Map.of("value", "NONE", "type", "String"));
		values.put("recommendation", Map.of("value", "APPROVE", "type", "String"));
		values.put("opinion", Map.of("value", opinion, "type", "String"));
		values.put("guidance", Map.of("value", "建议细化年度目标。", "type", "String"));
		values.put("fieldVisit", Map.of("value", false, "type", "Boolean"));
		return Map.of("variables", values);
	}

	/** Runs the review's asynchronous continuations, as the job executor would. */
	public void runAsyncJobs(OpenReview review) {
		new ReviewDriver(engine, users, reviews, registry).runAsyncJobs(
				engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(review.processInstanceId()).singleResult());
	}

	/** The review a programme's call activity started from the given process instance. */
	public ProcessInstance reviewCalledBy(String callerProcessInstanceId) {
		List<ProcessInstance> called = engine.getRuntimeService().createProcessInstanceQuery()
				.superProcessInstanceId(callerProcessInstanceId).processDefinitionKey(ReviewDriver.PROCESS).list();
		if (called.size() != 1) {
			throw new AssertionError("expected one open expert review called by " + callerProcessInstanceId + ", found " + called.size());
		}
		return called.get(0);
	}

	/**
	 * Runs the review called by the given instance to its end: every expert scores {@code share} of each
	 * criterion's maximum (0.9 → the panel approves, 0.7 → revise, 0.5 → reject), the chair writes
	 * {@code guidance}.
	 */
	public void complete(String callerProcessInstanceId, double share, String guidance) {
		ReviewDriver driver = new ReviewDriver(engine, users, reviews, registry);
		ProcessInstance review = reviewCalledBy(callerProcessInstanceId);
		driver.confirm(review);
		driver.allScore(review, share);
		var chairTask = driver.task(review, ReviewDriver.GUIDANCE_TASK);
		driver.complete(chairTask.getAssignee(), chairTask, java.util.Map.of("panelGuidance", guidance));
	}

	/**
	 * Runs the review called by the given instance through a field visit: every expert approves, one asks for a
	 * visit; the national office schedules it with two panel members and records findings that confirm the
	 * result; the chair writes {@code guidance}.
	 */
	public void completeWithFieldVisit(String callerProcessInstanceId, String guidance) {
		ReviewDriver driver = new ReviewDriver(engine, users, reviews, registry);
		ProcessInstance review = reviewCalledBy(callerProcessInstanceId);
		driver.confirm(review);
		List<Member> seated = driver.seated(review);
		for (int i = 0; i < seated.size(); i++) {
			driver.score(review, seated.get(i), 0.9, "APPROVE", i == 0);
		}
		driver.runAsyncJobs(review);
		String team = "[\"" + seated.get(0).expertId() + "\",\"" + seated.get(1).expertId() + "\"]";
		driver.complete(users.cnipa(), driver.task(review, ReviewDriver.SCHEDULE_TASK), Map.of(
				"visitDate", EngineClock.today().plusDays(10).toString(),
				"visitTeam", SpinValues.jsonValue(team).create(),
				"visitPlan", "赴集聚区核实企业知识产权情况。"));
		driver.complete(users.cnipa(), driver.task(review, ReviewDriver.FINDINGS_TASK), Map.of(
				"findingsChecklist", SpinValues.jsonValue("[\"MATERIAL_CONSISTENT\"]").create(),
				"findings", "现场情况与申报材料一致。", "findingsOutcome", "CONFIRM"));
		var chairTask = driver.task(review, ReviewDriver.GUIDANCE_TASK);
		driver.complete(chairTask.getAssignee(), chairTask, Map.of("panelGuidance", guidance));
	}
}

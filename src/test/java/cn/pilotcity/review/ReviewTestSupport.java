package cn.pilotcity.review;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.context.TestComponent;

import cn.pilotcity.application.Applications;
import cn.pilotcity.identity.IdentityAdmin;
import cn.pilotcity.support.TestUsers;

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

	ReviewTestSupport(ProcessEngine engine, TestUsers users, Reviews reviews, ExpertRegistry registry,
			IdentityAdmin identityAdmin, Applications applications) {
		this.engine = engine;
		this.users = users;
		this.reviews = reviews;
		this.registry = registry;
		this.identityAdmin = identityAdmin;
		this.applications = applications;
	}

	/** Test experts in ten provinces, so any test city has a full panel of experts from elsewhere. */
	public void ensureExperts() {
		new ReviewTestData(registry, identityAdmin, applications, users).ensureExperts();
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
}

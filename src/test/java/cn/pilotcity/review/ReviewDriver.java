package cn.pilotcity.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import cn.pilotcity.support.TestUsers;

/** Drives {@code expert-review} through the engine API as the real users would, authorization on. */
class ReviewDriver {

	static final String PROCESS = "expert-review";
	static final String CONFIRM_TASK = "Task_ConfirmPanel";
	static final String REVIEW_TASK = "Task_ExpertReview";
	static final String OVERDUE_TASK = "Task_HandleOverdue";
	static final String RECONCILE_TASK = "Task_Reconcile";
	static final String SCHEDULE_TASK = "Task_ScheduleFieldVisit";
	static final String FINDINGS_TASK = "Task_RecordFindings";
	static final String GUIDANCE_TASK = "Task_PanelGuidance";

	private final ProcessEngine engine;
	private final TestUsers users;
	private final Reviews reviews;
	private final ExpertRegistry registry;

	ReviewDriver(ProcessEngine engine, TestUsers users, Reviews reviews, ExpertRegistry registry) {
		this.engine = engine;
		this.users = users;
		this.reviews = reviews;
		this.registry = registry;
	}

	/** Starts a review the way the programmes' call activity does (inputs of the contract). */
	ProcessInstance start(long applicationId) {
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("applicationId", applicationId);
		inputs.put("programme", "SME_PILOT");
		inputs.put("cityCode", ReviewTestData.SUZHOU);
		inputs.put("provinceCode", ReviewTestData.JIANGSU);
		inputs.put("cityName", "苏州市");
		inputs.put("subject", "苏州市 · 中小企业知识产权战略推进工程试点申报");
		inputs.put("round", 1);
		return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "SME-" + applicationId, inputs);
	}

	Review review(ProcessInstance instance) {
		return reviews.ofProcess(instance.getId()).orElseThrow();
	}

	List<Member> seated(ProcessInstance instance) {
		return reviews.members(review(instance).id()).stream().filter(Member::isSeated).toList();
	}

	List<Member> reserves(ProcessInstance instance) {
		return reviews.members(review(instance).id()).stream().filter(m -> m.role() == Member.Role.RESERVE)
				.filter(m -> m.status() == Member.Status.ACTIVE || m.status() == Member.Status.PROPOSED).toList();
	}

	String userOf(long expertId) {
		return registry.find(expertId).orElseThrow().userId();
	}

	/** The national office confirms the proposed panel. */
	void confirm(ProcessInstance instance) {
		decidePanel(instance, Map.of("panelAction", "CONFIRM", "panelOpinion", "同意抽取结果。"));
	}

	void decidePanel(ProcessInstance instance, Map<String, Object> variables) {
		complete(users.cnipa(), task(instance, CONFIRM_TASK), variables);
	}

	Task task(ProcessInstance instance, String key) {
		return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
				.singleResult();
	}

	List<Task> tasks(ProcessInstance instance, String key) {
		return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
				.orderByTaskAssignee().asc().list();
	}

	/** The review task of the expert now in the seat. */
	Task reviewTask(ProcessInstance instance, Member member) {
		return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
				.taskDefinitionKey(REVIEW_TASK).taskAssignee(userOf(member.expertId())).singleResult();
	}

	/** The expert scores every criterion with the same share of its maximum (e.g. 0.9 → 18 of 20). */
	void score(ProcessInstance instance, Member member, double share, String recommendation, boolean fieldVisit) {
		Review review = review(instance);
		Map<String, Object> variables = new HashMap<>();
		List<Criterion> rubric = reviews.rubric(review.programme());
		for (int i = 0; i < rubric.size(); i++) {
			variables.put("score" + (i + 1), Math.round(rubric.get(i).maxScore().doubleValue() * share * 2) / 2.0);
		}
		variables.put("conflict", "NONE");
		variables.put("recommendation", recommendation);
		variables.put("opinion", "评审意见:集聚区基础较好,方案总体可行。");
		variables.put("guidance", "建议进一步细化年度目标。");
		variables.put("fieldVisit", fieldVisit);
		variables.put("fieldVisitReason", fieldVisit ? "需现场核实集聚区企业情况。" : null);
		complete(userOf(member.expertId()), reviewTask(instance, member), variables);
	}

	void declareConflict(ProcessInstance instance, Member member) {
		complete(userOf(member.expertId()), reviewTask(instance, member),
				Map.of("conflict", "DECLARED", "conflictReason", "本人曾为申报单位提供咨询服务。"));
	}

	/** Every seated expert scores with the given shares (in seat order) and the seats complete. */
	void allScore(ProcessInstance instance, double... shares) {
		List<Member> seated = new ArrayList<>(seated(instance));
		for (int i = 0; i < seated.size(); i++) {
			double share = shares[Math.min(i, shares.length - 1)];
			score(instance, seated.get(i), share, share >= 0.8 ? "APPROVE" : share >= 0.6 ? "REVISE" : "REJECT", false);
		}
		runAsyncJobs(instance);
	}

	/** Runs the asynchronous continuations (a seat completing), as the job executor would. */
	void runAsyncJobs(ProcessInstance instance) {
		for (int round = 0; round < 20; round++) {
			List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages()
					.executable().list();
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
		}
	}

	void complete(String userId, Task task, Map<String, Object> variables) {
		as(userId, () -> {
			cn.pilotcity.support.TasklistSubmission.complete(engine, task.getId(), variables);
			return null;
		});
	}

	<T> T as(String userId, Supplier<T> action) {
		users.login(userId);
		try {
			return action.get();
		}
		finally {
			users.logout();
		}
	}
}

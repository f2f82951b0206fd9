package cn.pilotcity.sme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import cn.pilotcity.attachment.AttachmentKind;
import cn.pilotcity.attachment.Attachments;
import cn.pilotcity.support.TestUsers;

/**
 * Drives the SME pilot (sme-batch, sme-application) through the engine API as the real users would,
 * authorization on: the national office opens a batch, cities apply, provinces recommend, the national
 * office checks, CNIPA and MIIT determine.
 */
class SmeApplicationDriver {

	static final String PROCESS = "sme-application";
	static final String BATCH = "sme-batch";
	static final String DRAFT_TASK = "Task_DraftApplication";
	static final String IP_OFFICE_TASK = "Task_ProvincialIpOfficeReview";
	static final String SME_AUTHORITY_TASK = "Task_ProvincialSmeAuthorityReview";
	static final String CHECK_TASK = "Task_CheckCompleteness";
	static final String SUPPLEMENT_TASK = "Task_SupplementApplication";
	static final String PROPOSE_TASK = "Task_ProposeAdmissions";
	static final String CONCUR_TASK = "Task_MiitConcurrence";

	private static final AtomicInteger batches = new AtomicInteger();

	private final ProcessEngine engine;
	private final TestUsers users;
	private final Attachments attachments;

	SmeApplicationDriver(ProcessEngine engine, TestUsers users) {
		this(engine, users, null);
	}

	/** A driver whose cities attach their signed plan before they submit, as the formal check requires. */
	SmeApplicationDriver(ProcessEngine engine, TestUsers users, Attachments attachments) {
		this.engine = engine;
		this.users = users;
		this.attachments = attachments;
	}

	/** Opens a batch whose submissions end on {@code lastDay}; other open batches are closed first. */
	ProcessInstance openBatch(SmeBatches smeBatches, LocalDate lastDay) {
		smeBatches.all().stream().filter(b -> SmeBatch.OPEN.equals(b.status())).forEach(b -> smeBatches.close(b.id()));
		Map<String, Object> variables = new HashMap<>();
		variables.put("batchName", "测试批次" + System.nanoTime() % 1_000_000_000 + "-" + batches.incrementAndGet());
		variables.put("batchYear", lastDay.getYear());
		variables.put("opensOn", today().toString());
		variables.put("lastDay", lastDay.toString());
		return as(users.cnipa(), () -> engine.getRuntimeService().startProcessInstanceByKey(BATCH, variables));
	}

	long batchId(ProcessInstance batch) {
		Object id = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(batch.getId())
				.variableName("batchId").singleResult().getValue();
		return ((Number) id).longValue();
	}

	ProcessInstance apply(String cityCode) {
		return as(users.city(cityCode), () -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS,
				Map.of("acknowledged", true)));
	}

	long applicationId(ProcessInstance application) {
		Object id = engine.getHistoryService().createHistoricVariableInstanceQuery()
				.processInstanceId(application.getId()).variableName("applicationId").singleResult().getValue();
		return ((Number) id).longValue();
	}

	/** A complete draft: every required section, the targets of three years, all conditions met. */
	static Map<String, Object> draft(String... clusters) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("clusters", String.join("\n", clusters.length == 0 ? new String[] { "纳米技术产业集聚区" } : clusters));
		variables.put("organisations", "苏州大学知识产权研究院");
		variables.put("summary", "以集聚区为载体,培育知识产权优势中小企业,建设辅导服务机构,完善政策与资金保障。");
		for (SmePlan.Section section : SmePlan.SECTIONS) {
			if (section.required()) {
				variables.put(SmePlan.sectionVariable(section.no()), ("第(" + section.no() + ")部分:" + section.title() + "。")
						.repeat(section.minLength() / 10 + 1));
			}
		}
		for (int year = 1; year <= SmePlan.YEARS; year++) {
			for (SmePlan.Metric metric : SmePlan.METRICS) {
				variables.put(SmePlan.targetVariable(year, metric), 10L * year);
			}
		}
		for (int no = 1; no <= 4; no++) {
			variables.put(SmePlan.conditionVariable(no), "MET");
		}
		variables.put("cityAction", "SUBMIT");
		variables.put("revisionNote", "首次提交。");
		return variables;
	}

	void submit(ProcessInstance application, String cityCode, Map<String, Object> draft) {
		if (attachments != null) {
			attachSignedPlan(application, cityCode);
		}
		complete(users.city(cityCode), application, DRAFT_TASK, draft);
	}

	/** The city uploads its signed application plan (a small PDF). */
	void attachSignedPlan(ProcessInstance application, String cityCode) {
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		long applicationId = applicationId(application);
		users.login(users.city(cityCode));
		try {
			attachments.upload(applicationId, AttachmentKind.SIGNED_PLAN, "申报方案(盖章).pdf", pdf.length,
					new java.io.ByteArrayInputStream(pdf));
		}
		finally {
			users.logout();
		}
	}

	ProcessInstance applyAndSubmit(String cityCode) {
		ProcessInstance application = apply(cityCode);
		submit(application, cityCode, draft());
		return application;
	}

	void ipOfficeDecides(ProcessInstance instance, String provinceCode, String decision, String opinion, String doc) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("provIpDecision", decision);
		variables.put("provIpOpinion", opinion);
		variables.put("jointDocNumber", doc);
		complete(users.provincialIpOffice(provinceCode), instance, IP_OFFICE_TASK, variables);
	}

	void smeAuthorityDecides(ProcessInstance instance, String provinceCode, String decision, String opinion) {
		complete(users.provincialSmeAuthority(provinceCode), instance, SME_AUTHORITY_TASK,
				Map.of("provSmeDecision", decision, "provSmeOpinion", opinion));
	}

	void recommend(ProcessInstance instance, String provinceCode) {
		ipOfficeDecides(instance, provinceCode, "AGREE", "同意推荐。", "测知发〔2026〕" + System.nanoTime() % 1000 + "号");
		smeAuthorityDecides(instance, provinceCode, "AGREE", "同意推荐。");
	}

	void checkCompleteness(ProcessInstance instance, String decision, String opinion) {
		complete(users.cnipa(), instance, CHECK_TASK, Map.of("completenessDecision", decision, "completenessOpinion", opinion));
	}

	/** Moves the engine's clock past the batch's deadline and runs the timers that are then due. */
	void passDeadline(LocalDate lastDay, ProcessInstance... instances) {
		ClockUtil.setCurrentTime(Date.from(lastDay.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
		runDueTimers(instances);
	}

	void runDueTimers(ProcessInstance... instances) {
		for (ProcessInstance instance : instances) {
			List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
					.executable().list();
			for (Job job : jobs) {
				engine.getManagementService().executeJob(job.getId());
			}
		}
	}

	/**
	 * The national office's list as its page saves it: every city awaiting the determination, admitted or not
	 * ({@code admitted}, by application id), with the opinion {@code opinion} gives for that choice.
	 */
	void saveList(SmeDeterminationWorklist worklist, ProcessInstance batch, Map<Long, Boolean> admitted,
			Function<Boolean, String> opinion) {
		long batchId = batchId(batch);
		List<SmeDeterminationWorklist.Change> changes = worklist.lines(batchId).stream().map(line -> {
			boolean yes = admitted.getOrDefault(line.applicationId(), false);
			return new SmeDeterminationWorklist.Change(line.applicationId(), yes, opinion.apply(yes));
		}).toList();
		worklist.save(batchId, changes, users.cnipa());
	}

	Task task(ProcessInstance instance, String taskKey) {
		return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
				.taskDefinitionKey(taskKey).singleResult();
	}

	void complete(String userId, ProcessInstance instance, String taskKey, Map<String, Object> variables) {
		Task task = task(instance, taskKey);
		if (task == null) {
			throw new AssertionError("no open task " + taskKey + " in " + instance.getId());
		}
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

	static LocalDate today() {
		return Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()).atZone(ZoneId.systemDefault()).toLocalDate();
	}
}

package cn.pilotcity.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;

import cn.pilotcity.assessment.Assessment;
import cn.pilotcity.assessment.Assessments;
import cn.pilotcity.assessment.IndicatorImport;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.TitleStatus;
import cn.pilotcity.city.Titles;
import cn.pilotcity.lifecycle.Lifecycles;

/**
 * Drives title lifecycles through the engine API as the real users would (authorization on), with the
 * engine's clock moved by hand and due jobs executed by hand (the job executor is off in tests).
 *
 * <p>Tests must not assume an empty database: {@link #grantAfresh} grants a title anew on a day it was never
 * granted on before, so a rerun on the same database never collides. One bean serves every test class
 * ({@link PilotCityTest}).
 */
@TestComponent
public class LifecycleDriver {

	public static final String CITY_REPORT = "Task_SubmitAnnualReport";
	public static final String PROVINCE_REVIEW = "Task_ProvinceReview";
	public static final String CNIPA_SCORING = "Task_CnipaScoring";
	public static final String EVALUATION = "Task_ThirdPartyEvaluation";
	public static final String RECTIFICATION_PLAN = "Task_SubmitRectificationPlan";
	public static final String RECTIFICATION_REPORT = "Task_SubmitRectificationReport";
	public static final String RE_REVIEW = "Task_ReReview";
	public static final String WITHDRAWAL = "Task_WithdrawalDecision";

	/** Every target of the indicator system met. */
	public static final Map<String, Object> GOOD_VALUES = Map.ofEntries(Map.entry("INVENTION_PER_10K", 25.5),
			Map.entry("PLEDGE_GROWTH", 32), Map.entry("PLEDGE_SME_SHARE", 61.2), Map.entry("PLEDGE_MATCHMAKING", 3),
			Map.entry("FUND_PRIVATE_SHARE", 85), Map.entry("INFRINGEMENT_CLOSURE", 96), Map.entry("AID_VISITS", 15),
			Map.entry("GBT29490_GROWTH", 12), Map.entry("TRAINED_PRIVATE", 460), Map.entry("POLICY_BRIEFINGS", 4),
			Map.entry("AGENCY_AID_GROWTH", 25));

	/** The required indicators reported, every one far from its target. */
	public static final Map<String, Object> POOR_VALUES = Map.ofEntries(Map.entry("INVENTION_PER_10K", 2),
			Map.entry("PLEDGE_GROWTH", -5), Map.entry("PLEDGE_SME_SHARE", 5), Map.entry("PLEDGE_MATCHMAKING", 0),
			Map.entry("INFRINGEMENT_CLOSURE", 9), Map.entry("AID_VISITS", 1), Map.entry("GBT29490_GROWTH", 0),
			Map.entry("TRAINED_PRIVATE", 20), Map.entry("POLICY_BRIEFINGS", 0));

	private final ProcessEngine engine;
	private final TestUsers users;
	private final Titles titles;
	private final IndicatorImport indicatorImport;
	private final Assessments assessments;

	public LifecycleDriver(ProcessEngine engine, TestUsers users, Titles titles, IndicatorImport indicatorImport,
			Assessments assessments) {
		this.engine = engine;
		this.users = users;
		this.titles = titles;
		this.indicatorImport = indicatorImport;
		this.assessments = assessments;
	}

	/**
	 * Grants the title anew (ending it first if the city holds it) on {@link #nextGrantDate}; the engine
	 * clock is set to that day. The lifecycle starts.
	 */
	public Title grantAfresh(String cityCode, TitleKind kind) {
		return grantAfresh(cityCode, kind, null);
	}

	/** As {@link #grantAfresh(String, TitleKind)}, with a term of so many years (the SME pilot: 3). */
	public Title grantAfresh(String cityCode, TitleKind kind, Integer termYears) {
		LocalDate grantedOn = nextGrantDate(cityCode, kind);
		titles.find(cityCode, kind).filter(Title::isActive).ifPresent(t -> titles.changeStatus(t.id(), t.status(),
				TitleStatus.ENDED, grantedOn.minusDays(1), "测试:重新授予前结束", null, "test"));
		setClock(grantedOn.atTime(9, 0));
		LocalDate endsOn = termYears == null ? null : grantedOn.plusYears(termYears);
		return titles.grant(cityCode, kind, grantedOn, endsOn, "测试授予", "测试〔" + grantedOn.getYear() + "〕1号", users.cnipa());
	}

	/**
	 * The day the next test grant of this title happens: 1 March 2031, or the day after the title's last
	 * grant. Assessments and reviews belong to one grant, so a rerun on the same database never collides,
	 * and the years stay well before 2038 (the engine's MySQL schema has TIMESTAMP columns, which end then).
	 */
	public LocalDate nextGrantDate(String cityCode, TitleKind kind) {
		LocalDate first = LocalDate.of(2031, 3, 1);
		return titles.find(cityCode, kind).map(Title::grantedOn).filter(d -> !d.isBefore(first)).map(d -> d.plusDays(1))
				.orElse(first);
	}

	public void setClock(LocalDateTime time) {
		ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
	}

	public LocalDateTime now() {
		return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
	}

	public ProcessInstance lifecycle(Title title) {
		return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(Lifecycles.PROCESS)
				.processInstanceBusinessKey(Lifecycles.businessKey(title.id())).singleResult();
	}

	/** The running instances of the title: its lifecycle and the assessment, review or rectification it is in. */
	public List<ProcessInstance> instances(Title title) {
		return engine.getRuntimeService().createProcessInstanceQuery()
				.processInstanceBusinessKey(Lifecycles.businessKey(title.id())).list();
	}

	/** Moves the clock and executes every job of the title's instances that is due, until none is. */
	public int advanceTo(Title title, LocalDateTime time) {
		setClock(time);
		return runDueJobs(title);
	}

	public int runDueJobs(Title title) {
		for (int executed = 0; executed < 200; executed++) {
			// one at a time: a job may remove others (an interrupting timer cancels its task's other timers)
			Job due = null;
			for (ProcessInstance instance : instances(title)) {
				List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable()
						.orderByJobDuedate().asc().list();
				if (!jobs.isEmpty() && (due == null || jobs.get(0).getDuedate().before(due.getDuedate()))) {
					due = jobs.get(0);
				}
			}
			if (due == null) {
				return executed;
			}
			engine.getManagementService().executeJob(due.getId());
		}
		throw new IllegalStateException("jobs keep becoming due");
	}

	/** The time the lifecycle's next annual assessment is due. */
	public LocalDateTime nextAssessmentAt(Title title) {
		Date next = (Date) engine.getRuntimeService().getVariable(lifecycle(title).getId(), "nextAssessmentAt");
		return LocalDateTime.ofInstant(next.toInstant(), ZoneId.systemDefault());
	}

	/** Moves to the next annual assessment day and lets the timer fire: the city's task is there. */
	public Task startNextAssessment(Title title) {
		advanceTo(title, nextAssessmentAt(title).plusHours(9));
		return task(title, CITY_REPORT);
	}

	public Task task(Title title, String taskKey) {
		return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(Lifecycles.businessKey(title.id()))
				.taskDefinitionKey(taskKey).singleResult();
	}

	public Object variable(Task task, String name) {
		return engine.getTaskService().getVariable(task.getId(), name);
	}

	public long assessmentId(Title title) {
		Task task = task(title, CITY_REPORT);
		Object id = task != null ? variable(task, "assessmentId")
				: engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instanceIds(title))
						.variableName("assessmentId").singleResult().getValue();
		return ((Number) id).longValue();
	}

	/** The assessment of an annual-assessment instance (also after it ended). */
	public long assessmentIdOf(String processInstanceId) {
		Object id = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
				.variableName("assessmentId").singleResult().getValue();
		return ((Number) id).longValue();
	}

	public Assessment assessment(Title title) {
		return assessments.get(assessmentId(title));
	}

	private String[] instanceIds(Title title) {
		return instances(title).stream().map(ProcessInstance::getId).toArray(String[]::new);
	}

	/** A minute passes between two things people do, as it would (so that the timeline has an order). */
	public void tick() {
		setClock(now().plusMinutes(1));
	}

	public void complete(String userId, Task task, Map<String, Object> variables) {
		tick();
		as(userId, () -> {
			cn.pilotcity.support.TasklistSubmission.complete(engine, task.getId(), variables);
			return null;
		});
	}

	/** The city uploads its indicator file (the template of its assessment, filled in). */
	public int uploadIndicators(Title title, Map<String, ?> values) {
		tick();
		long id = assessmentId(title);
		byte[] file = IndicatorFiles.fill(indicatorImport.template(assessments.get(id)), values);
		return indicatorImport.upload(id, "指标数据.xlsx", file, users.city(title.cityCode()));
	}

	/** The five parts of the annual report and the completion of every work-plan task. */
	public Map<String, Object> report(Title title, boolean mandatoryDone) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("measures", "出台知识产权强市建设若干政策,设立专项资金,推进贯标和质押融资。");
		variables.put("results", "发明专利拥有量稳步增长,质押融资额较上年增长三成以上,维权援助覆盖重点产业。");
		variables.put("problems", "高价值专利培育不足,知识产权服务机构规模偏小,区县工作不平衡。");
		variables.put("nextPlan", "加快建设知识产权保护中心,扩大质押融资覆盖面,开展专利导航。");
		variables.put("suggestions", "建议加大对中西部城市的指导支持。");
		variables.putAll(workPlan(title, mandatoryDone));
		return variables;
	}

	/** The city's report on each work-plan task, as the form submits it: task1Status, task1Note, ... */
	public Map<String, Object> workPlan(Title title, boolean mandatoryDone) {
		Map<String, Object> variables = new HashMap<>();
		var tasks = assessments.tasks(assessmentId(title));
		int firstMandatory = -1;
		for (int i = 0; i < tasks.size() && firstMandatory < 0; i++) {
			firstMandatory = tasks.get(i).mandatory() ? i : -1;
		}
		for (int i = 0; i < tasks.size(); i++) {
			boolean done = mandatoryDone || i != firstMandatory;
			variables.put("task" + (i + 1) + "Status", done ? "DONE" : "NOT_DONE");
			variables.put("task" + (i + 1) + "Note", done ? "已按计划完成。" : "因故未能完成。");
		}
		return variables;
	}


	public void citySubmits(Title title, boolean mandatoryDone) {
		complete(users.city(title.cityCode()), task(title, CITY_REPORT), report(title, mandatoryDone));
	}

	public void provinceDecides(Title title, String provinceCode, String decision, String opinion) {
		complete(users.provincialIpOffice(provinceCode), task(title, PROVINCE_REVIEW),
				Map.of("provinceDecision", decision, "provinceOpinion", opinion));
	}

	public void cnipaScores(Title title, double ideas, double measures, double input) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("cnipaDecision", "SCORE");
		variables.put("cnipaOpinion", "工作思路清晰,措施有力。");
		variables.put("scoreIdeas", ideas);
		variables.put("scoreMeasures", measures);
		variables.put("scoreInput", input);
		complete(users.cnipa(), task(title, CNIPA_SCORING), variables);
	}

	/** A whole annual assessment from the timer to the grade, as good or as poor as asked for. */
	public Assessment assessYear(Title title, String provinceCode, boolean goodData, boolean mandatoryDone, double subjectiveEach) {
		startNextAssessment(title);
		long id = assessmentId(title);
		uploadIndicators(title, goodData ? GOOD_VALUES : POOR_VALUES);
		citySubmits(title, mandatoryDone);
		provinceDecides(title, provinceCode, "FORWARD", "同意报送。");
		cnipaScores(title, subjectiveEach, subjectiveEach, subjectiveEach);
		return assessments.get(id);
	}

	/** Three annual assessments: 'E' excellent, 'G' good, 'F' failed, in order; then the evaluator's task is open. */
	public void reachReview(Title title, String provinceCode, String grades) {
		for (char grade : grades.toCharArray()) {
			switch (grade) {
			case 'E' -> assessYear(title, provinceCode, true, true, 19);
			case 'G' -> assessYear(title, provinceCode, true, true, 15);
			case 'F' -> assessYear(title, provinceCode, false, true, 10);
			default -> throw new IllegalArgumentException("grade " + grade);
			}
		}
	}

	public void cityRectifies(Title title) {
		complete(users.city(title.cityCode()), task(title, RECTIFICATION_PLAN),
				Map.of("rectificationPlan", "成立整改工作组,半年内完成专利导航、质押融资、维权援助三项短板的整改。"));
		complete(users.city(title.cityCode()), task(title, RECTIFICATION_REPORT),
				Map.of("rectificationReport", "三项整改任务均已按期完成,质押融资额同比增长 35%,维权援助覆盖全部重点产业。"));
	}

	public void cnipaReReviews(Title title, String decision, String opinion) {
		complete(users.cnipa(), task(title, RE_REVIEW), Map.of("reReviewDecision", decision, "reReviewOpinion", opinion));
	}

	public void evaluatorRates(Title title, String rating) {
		complete(users.memberOf("evaluators"), task(title, EVALUATION), Map.of("evaluationRating", rating,
				"evaluationReport", "经实地调研和数据核查,评估该市三年来知识产权工作的推进力度与成效,结论如评估等级所示。"));
	}

	public <T> T as(String userId, Supplier<T> action) {
		users.login(userId);
		try {
			return action.get();
		}
		finally {
			users.logout();
		}
	}
}

package cn.pilotcity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.pilotcity.application.Applications;
import cn.pilotcity.deadline.Deadlines;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.identity.IdentityAdmin;
import cn.pilotcity.notification.Notifications;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.system.InvalidInputException;

/** Every path of the expert panel review, through the engine API as the real users, authorization on. */
@PilotCityTest
class ExpertReviewProcessTest {

	@Autowired
	Deadlines deadlines;
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
	@Autowired
	Decisions decisions;
	@Autowired
	Notifications notifications;

	ReviewTestData data;
	ReviewDriver driver;
	final List<ProcessInstance> started = new ArrayList<>();

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
		data = new ReviewTestData(registry, identityAdmin, applications, states, jdbc, users);
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
		assertThat(driver.task(instance, ReviewDriver.CONFIRM_TASK).getDueDate()).as("R-X-2: the national office's step is due too")
				.isCloseTo(deadlines.due("review-office"), 60_000);

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
		assertThat(subjects(users.cnipa(), instance)).contains("【评审完成】" + review.subject());
		List<Decision> recorded = decisions.of("REVIEW", review.id());
		assertThat(recorded).extracting(Decision::step).containsExactly(ReviewDriver.CONFIRM_TASK);
		assertThat(recorded.get(0).decidedBy()).isEqualTo(users.cnipa());
	}

	@Test
	@DisplayName("R-SC-5, R-SC-3: a strong-city argumentation is scored on the five projects; a panel short of approval sends the city its guidance (revise)")
	void strongCityRubricAndGuidance() {
		long applicationId = data.strongCityApplication();
		Map<String, Object> inputs = new java.util.HashMap<>(Map.of("applicationId", applicationId, "programme", "STRONG_CITY",
				"cityCode", ReviewTestData.SUZHOU, "provinceCode", ReviewTestData.JIANGSU, "cityName", "苏州市",
				"subject", "苏州市 · 知识产权强市建设方案论证", "round", 2));
		ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(ReviewDriver.PROCESS, "SC-" + applicationId,
				inputs);
		started.add(instance);
		driver.confirm(instance);
		Member first = driver.seated(instance).get(0);
		String rubric = engine.getTaskService().getVariable(driver.reviewTask(instance, first).getId(), "rubric").toString();
		assertThat(rubric).contains("管理能力提升工程", "大保护工程", "运用促进工程", "质量提升工程", "发展环境建设工程")
				.doesNotContain("工作基础");

		driver.allScore(instance, 0.75);

		Review review = driver.review(instance);
		assertThat(review.reviewRound()).isEqualTo(2);
		assertThat(reviews.statistics(review.id())).extracting(Statistic::criterionCode).containsExactly("SC_MANAGEMENT",
				"SC_PROTECTION", "SC_UTILISATION", "SC_QUALITY", "SC_ENVIRONMENT", Statistic.TOTAL);
		assertThat(review.recommendation()).isEqualTo("REVISE");
		driver.complete(driver.userOf(driver.seated(instance).get(0).expertId()), driver.task(instance, ReviewDriver.GUIDANCE_TASK),
				Map.of("panelGuidance", "大保护工程的工作项目缺少可考核指标,请补充后再次提交论证。"));
		assertThat(reviews.get(review.id()).guidance()).as("the panel's guidance, for the caller to read from the review")
				.isEqualTo("大保护工程的工作项目缺少可考核指标,请补充后再次提交论证。");
	}

	@Test
	@DisplayName("R-SME-6: every expert advises approval at about 74 points, the panel's conclusion is to revise; the chair's form and the score sheet say which rule decided and on what figures")
	void conclusionSaysWhy() {
		ProcessInstance instance = start();
		driver.confirm(instance);
		for (Member member : driver.seated(instance)) {
			driver.score(instance, member, 0.74, "APPROVE", false);
		}
		driver.runAsyncJobs(instance);

		Review review = driver.review(instance);
		assertThat(review.recommendation()).isEqualTo("REVISE");
		String resultView = (String) engine.getTaskService().getVariable(driver.task(instance, ReviewDriver.GUIDANCE_TASK).getId(),
				"resultView");
		assertThat(resultView).contains("**结论依据**:专家组评分 75 分;建议通过的专家占 100%,建议不通过的占 0%。")
				.contains("适用规则:修改完善后再议");
	}

	@Test
	@DisplayName("R-SME-6, R-SC-5: the draw never picks an expert of the same city or province, with a declared conflict, employed by or in conflict with an organisation of the application, at his cap, inactive or without account; the whole draw is recorded and reproducible")
	void drawExcludesAndRecords() {
		ProcessInstance instance = start();
		Review review = driver.review(instance);

		DrawRecord draw = reviews.draws(review.id()).get(0);
		assertThat(draw.kind()).isEqualTo(DrawRecord.INITIAL);
		assertThat(draw.panelSize()).isEqualTo(5);
		assertThat(draw.reserveCount()).isEqualTo(2);
		assertThat(draw.entries()).hasSize(registry.all().size());
		assertThat(reason(draw, "u-rx-js1")).isEqualTo("SAME_PROVINCE");
		assertThat(reason(draw, "u-rx-sz1")).isEqualTo("SAME_CITY");
		assertThat(reason(draw, "u-rx-cc1")).isEqualTo("CONFLICT_CITY");
		assertThat(reason(draw, "u-rx-oc1")).isEqualTo("CONFLICT_ORGANISATION");
		assertThat(reason(draw, "u-rx-od1")).isEqualTo("CONFLICT_ORGANISATION");
		assertThat(reason(draw, "u-rx-cap")).isEqualTo("WORKLOAD_CAP");
		assertThat(reason(draw, "u-rx-off")).isEqualTo("INACTIVE");
		assertThat(draw.entries()).anySatisfy(e -> assertThat(e.reason()).isEqualTo("NO_ACCOUNT"));
		assertThat(draw.entries().stream().filter(e -> e.outcome().equals("PANEL"))).hasSize(5)
				.allSatisfy(e -> assertThat(e.reason()).isNull());
		assertThat(draw.entries().stream().filter(e -> e.outcome().equals("RESERVE"))).hasSize(2);
		assertThat(reviews.reproduces(draw, registry.all())).isTrue();
		List<Member> proposed = reviews.members(review.id());
		assertThat(proposed).hasSize(7).allSatisfy(m -> assertThat(m.status()).isEqualTo(Member.Status.PROPOSED));
		for (Member m : proposed) {
			Expert expert = registry.find(m.expertId()).orElseThrow();
			assertThat(expert.provinceCode()).isNotEqualTo(ReviewTestData.JIANGSU);
		}
		assertThat(driver.tasks(instance, ReviewDriver.REVIEW_TASK)).as("no review task before the panel is confirmed").isEmpty();
	}

	@Test
	@DisplayName("R-SME-6, R-X-1: the national office edits the panel with a reason — one member out, an eligible expert in as chair; an ineligible expert is refused")
	void nationalOfficeEditsPanel() {
		ProcessInstance instance = start();
		Review review = driver.review(instance);
		List<Member> proposed = reviews.members(review.id());
		Member out = proposed.stream().filter(m -> m.seat() != null && m.seat() == 2).findFirst().orElseThrow();
		long candidate = reviews.draws(review.id()).get(0).entries().stream().filter(e -> e.outcome().equals("NOT_DRAWN"))
				.findFirst().orElseThrow().expertId();
		long ineligible = data.byUser("u-rx-js1").id();

		assertThatThrownBy(() -> driver.decidePanel(instance, Map.of("panelAction", "EDIT", "addExperts", json(ineligible),
				"panelOpinion", "增补江苏专家。"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("须回避")
				.hasMessageContaining("与申报城市同省");
		assertThat(instance).isWaitingAt(ReviewDriver.CONFIRM_TASK);

		driver.decidePanel(instance, Map.of("panelAction", "EDIT", "removeExperts", json(out.expertId()),
				"addExperts", json(candidate), "chairExpert", String.valueOf(candidate),
				"panelOpinion", "第 2 席专家近期出国,调整为熟悉该产业的专家。"));

		List<Member> seated = driver.seated(instance);
		assertThat(seated).extracting(Member::expertId).doesNotContain(out.expertId()).contains(candidate).hasSize(5);
		assertThat(reviews.members(review.id())).filteredOn(m -> m.expertId() == out.expertId())
				.extracting(Member::status).containsExactly(Member.Status.REMOVED);
		assertThat(reviews.get(review.id()).chairSeat()).isEqualTo(
				seated.stream().filter(m -> m.expertId() == candidate).findFirst().orElseThrow().seat());
		assertThat(reviews.events(review.id())).filteredOn(e -> e.event().equals(MemberEvent.REMOVED))
				.extracting(MemberEvent::reason, MemberEvent::actor)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("第 2 席专家近期出国,调整为熟悉该产业的专家。", users.cnipa()));
		assertThat(decisions.of("REVIEW", review.id())).extracting(Decision::outcome, Decision::opinion)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("EDIT", "第 2 席专家近期出国,调整为熟悉该产业的专家。"));
		assertThat(driver.tasks(instance, ReviewDriver.REVIEW_TASK)).extracting(t -> t.getAssignee())
				.contains(driver.userOf(candidate)).doesNotContain(driver.userOf(out.expertId()));
	}

	@Test
	@DisplayName("R-SME-6, R-X-1: the national office draws again with another size; both draws are recorded with their seeds")
	void nationalOfficeRedraws() {
		ProcessInstance instance = start();
		Review review = driver.review(instance);

		driver.decidePanel(instance, Map.of("panelAction", "REDRAW", "panelSize", 3L, "reserveCount", 1L,
				"panelOpinion", "本次申报内容较少,专家组改为 3 人。"));

		assertThat(instance).isWaitingAt(ReviewDriver.CONFIRM_TASK);
		List<DrawRecord> draws = reviews.draws(review.id());
		assertThat(draws).extracting(DrawRecord::kind).containsExactly(DrawRecord.INITIAL, DrawRecord.REDRAW);
		assertThat(draws.get(1).panelSize()).isEqualTo(3);
		assertThat(reviews.members(review.id())).hasSize(4);
		driver.confirm(instance);
		assertThat(driver.tasks(instance, ReviewDriver.REVIEW_TASK)).hasSize(3);
		assertThat(decisions.of("REVIEW", review.id())).extracting(Decision::outcome).containsExactly("REDRAW", "CONFIRM");
	}

	@Test
	@DisplayName("R-SME-6, R-SC-5: an expert declares a conflict → his task is released and the first reserve gets the seat with a new task")
	void conflictDeclaredBringsInReserve() {
		ProcessInstance instance = start();
		driver.confirm(instance);
		Review review = driver.review(instance);
		Member recusing = driver.seated(instance).get(1);
		Member reserve = driver.reserves(instance).stream().filter(m -> m.reserveOrder() == 1).findFirst().orElseThrow();

		driver.declareConflict(instance, recusing);

		assertThat(driver.reviewTask(instance, recusing)).isNull();
		Member seat2 = driver.seated(instance).stream().filter(m -> m.seat() == 2).findFirst().orElseThrow();
		assertThat(seat2.expertId()).isEqualTo(reserve.expertId());
		assertThat(driver.reviewTask(instance, seat2)).isNotNull();
		assertThat(driver.tasks(instance, ReviewDriver.REVIEW_TASK)).hasSize(5);
		assertThat(reviews.members(review.id())).filteredOn(m -> m.expertId() == recusing.expertId())
				.extracting(Member::status).containsExactly(Member.Status.RECUSED);
		assertThat(reviews.events(review.id())).extracting(MemberEvent::event).containsSubsequence(MemberEvent.RECUSED,
				MemberEvent.PROMOTED);
		assertThat(reviews.events(review.id())).filteredOn(e -> e.event().equals(MemberEvent.RECUSED))
				.extracting(MemberEvent::reason, MemberEvent::actor).containsExactly(
						org.assertj.core.groups.Tuple.tuple("本人曾为申报单位提供咨询服务。", driver.userOf(recusing.expertId())));

		driver.allScore(instance, 0.9);
		assertThat(instance).isWaitingAt(ReviewDriver.GUIDANCE_TASK);
		assertThat(reviews.assessments(review.id())).extracting(Assessment::expertId).doesNotContain(recusing.expertId())
				.contains(reserve.expertId());
	}

	@Test
	@DisplayName("R-SME-6, R-SC-5: with no reserve left, a recused seat goes to one more expert drawn under the same rules (recorded as a supplementary draw)")
	void reservesExhaustedDrawsSupplement() {
		ProcessInstance instance = start();
		driver.decidePanel(instance, Map.of("panelAction", "REDRAW", "panelSize", 3L, "reserveCount", 0L,
				"panelOpinion", "不设候补。"));
		driver.confirm(instance);
		Review review = driver.review(instance);
		Member recusing = driver.seated(instance).get(0);

		driver.declareConflict(instance, recusing);

		List<DrawRecord> draws = reviews.draws(review.id());
		assertThat(draws).last().extracting(DrawRecord::kind).isEqualTo(DrawRecord.SUPPLEMENT);
		long newcomer = draws.get(draws.size() - 1).entries().stream().filter(e -> e.outcome().equals("PANEL"))
				.findFirst().orElseThrow().expertId();
		assertThat(draws.get(draws.size() - 1).entries()).filteredOn(e -> e.expertId() == recusing.expertId())
				.extracting(DrawRecord.DrawEntry::reason).containsExactly("ALREADY_ON_REVIEW");
		assertThat(driver.seated(instance)).filteredOn(m -> m.seat() == 1).extracting(Member::expertId)
				.containsExactly(newcomer);
		assertThat(driver.tasks(instance, ReviewDriver.REVIEW_TASK)).hasSize(3);
	}

	@Test
	@DisplayName("R-SME-6, R-X-1: scores differ by more than the threshold → the chair reconciles (confirms with an explanation) before the result stands")
	void dispersionReconciledByChair() {
		ProcessInstance instance = start();
		driver.confirm(instance);
		Review review = driver.review(instance);
		String chair = driver.userOf(driver.seated(instance).get(0).expertId());

		driver.allScore(instance, 0.95, 0.9, 0.9, 0.5, 0.85);

		assertThat(instance).isWaitingAt(ReviewDriver.RECONCILE_TASK);
		assertThat(driver.task(instance, ReviewDriver.RECONCILE_TASK).getAssignee()).isEqualTo(chair);
		assertThat(driver.task(instance, ReviewDriver.RECONCILE_TASK).getFollowUpDate()).as("R-X-2: the chair is followed up")
				.isCloseTo(deadlines.followUp("review-chair"), 60_000);
		assertThat(reviews.get(review.id()).status()).isEqualTo(ReviewStatus.RECONCILING);
		assertThat(engine.getRuntimeService().getVariable(instance.getId(), "scoreSpread")).isEqualTo(45.0);

		driver.complete(chair, driver.task(instance, ReviewDriver.RECONCILE_TASK), Map.of("reconcileAction", "CONFIRM",
				"reconcileOpinion", "第 4 席专家对资金保障评价偏低,经讨论维持各自评分。"));

		assertThat(instance).isWaitingAt(ReviewDriver.GUIDANCE_TASK);
		Review decided = reviews.get(review.id());
		assertThat(decided.recommendation()).isEqualTo("APPROVE");
		assertThat(decided.panelScore()).isEqualByComparingTo("88.33");
		assertThat(decisions.of("REVIEW", review.id())).extracting(Decision::step).contains(ReviewDriver.RECONCILE_TASK);
	}

	@Test
	@DisplayName("R-SME-6: the chair asks the panel to score again → every seated expert gets a new task prefilled with his scores; the second pass decides")
	void dispersionRescored() {
		ProcessInstance instance = start();
		driver.confirm(instance);
		Review review = driver.review(instance);
		String chair = driver.userOf(driver.seated(instance).get(0).expertId());
		driver.allScore(instance, 0.95, 0.9, 0.9, 0.5, 0.85);

		driver.complete(chair, driver.task(instance, ReviewDriver.RECONCILE_TASK),
				Map.of("reconcileAction", "RESCORE", "reconcileOpinion", "请各位专家结合讨论重新评分。"));

		assertThat(reviews.get(review.id()).scoringPass()).isEqualTo(2);
		assertThat(driver.tasks(instance, ReviewDriver.REVIEW_TASK)).hasSize(5);
		Member fourth = driver.seated(instance).get(3);
		String rescoring = driver.reviewTask(instance, fourth).getId();
		assertThat(engine.getTaskService().getVariable(rescoring, "score1")).as("his own score of the first pass").isEqualTo(10.0);
		assertThat(engine.getTaskService().getVariable(rescoring, "opinion")).isEqualTo("评审意见:集聚区基础较好,方案总体可行。");
		assertThat((String) engine.getTaskService().getVariable(rescoring, "scoringNote"))
				.as("R-X-1: who asked for the new pass, when and why").contains("组长协调评分").containsPattern("于\\d{4}年\\d{1,2}月\\d{1,2}日")
				.contains("请各位专家结合讨论重新评分。");

		driver.allScore(instance, 0.9, 0.85, 0.85, 0.75, 0.85);

		assertThat(instance).isWaitingAt(ReviewDriver.GUIDANCE_TASK);
		assertThat(reviews.statistics(review.id())).filteredOn(s -> s.criterionCode().equals(Statistic.TOTAL))
				.extracting(Statistic::scoringPass).containsExactly(1, 2);
		assertThat(reviews.get(review.id()).panelScore()).isEqualByComparingTo("85");
	}

	@Test
	@DisplayName("R-SME-6: an expert asks for a field visit → the DMN says field visit first; scheduled with a team from the panel, findings confirm and the result stands")
	void fieldVisitConfirmsResult() {
		ProcessInstance instance = start();
		driver.confirm(instance);
		Review review = driver.review(instance);
		List<Member> seated = driver.seated(instance);
		for (int i = 0; i < seated.size(); i++) {
			driver.score(instance, seated.get(i), 0.9, "APPROVE", i == 2);
		}
		driver.runAsyncJobs(instance);

		assertThat(instance).isWaitingAt(ReviewDriver.SCHEDULE_TASK);
		assertThat(engine.getRuntimeService().getVariable(instance.getId(), "dmnRecommendation")).isEqualTo("FIELD_VISIT");
		assertThat(reviews.get(review.id()).status()).isEqualTo(ReviewStatus.FIELD_VISIT);
		assertThat(reviews.fieldVisit(review.id()).orElseThrow().requestedBy()).startsWith("专家");

		String scheduleTask = driver.task(instance, ReviewDriver.SCHEDULE_TASK).getId();
		assertThat(engine.getTaskService().getVariableTyped(scheduleTask, "visitTeam").getType().getName())
				.as("the Tasklist submits the team with this type").isEqualTo("json");
		String team = "[\"" + seated.get(0).expertId() + "\",\"" + seated.get(2).expertId() + "\"]";
		assertThatThrownBy(() -> driver.complete(users.cnipa(), driver.task(instance, ReviewDriver.SCHEDULE_TASK), Map.of(
				"visitDate", "2999-01-01", "visitTeam", org.camunda.spin.plugin.variable.SpinValues.jsonValue(team).create(),
				"visitPlan", "赴苏州工业园区核实集聚区企业知识产权情况。"))).as("R-X-3: a visit in 2999 is refused, nobody is mailed")
				.isInstanceOf(InvalidInputException.class).hasMessage("调研日期应在今天起 180 天之内");
		assertThat(reviews.fieldVisit(review.id()).orElseThrow().visitDate()).isNull();
		driver.complete(users.cnipa(), driver.task(instance, ReviewDriver.SCHEDULE_TASK), Map.of(
				"visitDate", java.time.LocalDate.now().plusDays(10).toString(),
				"visitTeam", org.camunda.spin.plugin.variable.SpinValues.jsonValue(team).create(),
				"visitPlan", "赴苏州工业园区核实集聚区企业知识产权情况。"));
		assertThat(reviews.fieldVisit(review.id()).orElseThrow().team())
				.containsExactlyInAnyOrder(seated.get(0).expertId(), seated.get(2).expertId());

		driver.complete(users.cnipa(), driver.task(instance, ReviewDriver.FINDINGS_TASK), Map.of(
				"findingsChecklist", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"MATERIAL_CONSISTENT\",\"TARGETS_FEASIBLE\"]").create(),
				"findings", "现场情况与申报材料一致。", "findingsOutcome", "CONFIRM"));

		assertThat(instance).isWaitingAt(ReviewDriver.GUIDANCE_TASK);
		assertThat(reviews.get(review.id()).recommendation()).isEqualTo("APPROVE");
		FieldVisit visit = reviews.fieldVisit(review.id()).orElseThrow();
		assertThat(visit.checklist()).isEqualTo("MATERIAL_CONSISTENT,TARGETS_FEASIBLE");
		assertThat(visit.outcome()).isEqualTo("CONFIRM");
		assertThat(decisions.of("REVIEW", review.id())).extracting(Decision::step).contains(ReviewDriver.FINDINGS_TASK);
	}

	@Test
	@DisplayName("R-SME-6: the national office asks for a field visit when confirming the panel; its findings adjust the result, which is never FIELD_VISIT at the end")
	void fieldVisitAdjustsResult() {
		ProcessInstance instance = start();
		driver.decidePanel(instance, Map.of("panelAction", "CONFIRM", "fieldVisitPlanned", true,
				"panelOpinion", "同意,并组织实地调研。"));
		Review review = driver.review(instance);
		List<Member> seated = driver.seated(instance);
		driver.allScore(instance, 0.9);
		assertThat(reviews.fieldVisit(review.id()).orElseThrow().requestedBy()).isEqualTo("国家知识产权局");

		driver.complete(users.cnipa(), driver.task(instance, ReviewDriver.SCHEDULE_TASK), Map.of(
				"visitDate", java.time.LocalDate.now().plusDays(3).toString(),
				"visitTeam", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"" + seated.get(1).expertId() + "\"]").create(),
				"visitPlan", "现场核实资金落实情况。"));
		driver.complete(users.cnipa(), driver.task(instance, ReviewDriver.FINDINGS_TASK), Map.of(
				"findings", "市级专项资金尚未列入预算。", "findingsOutcome", "ADJUST", "adjustedRecommendation", "REVISE"));

		assertThat(instance).isWaitingAt(ReviewDriver.GUIDANCE_TASK);
		driver.complete(driver.userOf(seated.get(0).expertId()), driver.task(instance, ReviewDriver.GUIDANCE_TASK),
				Map.of("panelGuidance", "请将市级专项资金列入预算后再行申报。"));
		assertThat(instance).isEnded();
		Review decided = reviews.get(review.id());
		assertThat(decided.recommendation()).isEqualTo("REVISE");
		assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
				.executionIdIn(instance.getId()).variableName("panelRecommendation").singleResult().getValue())
				.isEqualTo("REVISE");
	}

	@Test
	@DisplayName("R-X-2: an overdue review reminds the expert, escalates to the national office, and is handed to the first reserve with a new due date")
	void overdueReviewHandedToReserve() {
		java.time.Instant start = java.time.Instant.parse("2031-04-01T01:00:00Z");
		ClockUtil.setCurrentTime(java.util.Date.from(start));
		try {
			ProcessInstance instance = start();
			driver.confirm(instance);
			Review review = driver.review(instance);
			List<Member> seated = driver.seated(instance);
			Member late = seated.get(4);
			for (int i = 0; i < 4; i++) {
				driver.score(instance, seated.get(i), 0.9, "APPROVE", false);
			}
			driver.runAsyncJobs(instance);
			assertThat(driver.reviewTask(instance, late).getDueDate())
					.isEqualTo(java.util.Date.from(start.plus(java.time.Duration.ofDays(14))));
			assertThat(driver.reviewTask(instance, late).getFollowUpDate())
					.isEqualTo(java.util.Date.from(start.plus(java.time.Duration.ofDays(11))));

			ClockUtil.setCurrentTime(java.util.Date.from(start.plus(java.time.Duration.ofDays(11)).plusSeconds(5)));
			runDueTimers(instance);
			assertThat(subjects(driver.userOf(late.expertId()), instance)).singleElement().asString().startsWith("【待办提醒】");

			ClockUtil.setCurrentTime(java.util.Date.from(start.plus(java.time.Duration.ofDays(14)).plusSeconds(5)));
			runDueTimers(instance);
			assertThat(subjects(users.cnipa(), instance)).anySatisfy(s -> assertThat(s).startsWith("【逾期督办】"));
			assertThat(driver.task(instance, ReviewDriver.OVERDUE_TASK)).isNotNull();

			driver.complete(users.cnipa(), driver.task(instance, ReviewDriver.OVERDUE_TASK),
					Map.of("overdueAction", "HAND_OVER", "overdueOpinion", "逾期未评,转交第一候补专家。"));

			assertThat(driver.reviewTask(instance, late)).isNull();
			Member newcomer = driver.seated(instance).stream().filter(m -> m.seat() == 5).findFirst().orElseThrow();
			assertThat(newcomer.expertId()).isNotEqualTo(late.expertId());
			org.camunda.bpm.engine.task.Task handed = driver.reviewTask(instance, newcomer);
			assertThat(handed.getDueDate()).isAfter(java.util.Date.from(start.plus(java.time.Duration.ofDays(27))));
			assertThat(reviews.members(review.id())).filteredOn(m -> m.expertId() == late.expertId())
					.extracting(Member::status).containsExactly(Member.Status.HANDED_OVER);
			assertThat(decisions.of("REVIEW", review.id())).extracting(Decision::step, Decision::outcome)
					.contains(org.assertj.core.groups.Tuple.tuple(ReviewDriver.OVERDUE_TASK, "HAND_OVER"));

			driver.score(instance, newcomer, 0.85, "APPROVE", false);
			driver.runAsyncJobs(instance);
			assertThat(instance).isWaitingAt(ReviewDriver.GUIDANCE_TASK);
		}
		finally {
			ClockUtil.reset();
		}
	}

	@Test
	@DisplayName("R-X-2: when the overdue expert submits while the national office's decision is pending, that decision is withdrawn")
	void lateSubmissionWithdrawsOverdueDecision() {
		java.time.Instant start = java.time.Instant.parse("2031-05-01T01:00:00Z");
		ClockUtil.setCurrentTime(java.util.Date.from(start));
		try {
			ProcessInstance instance = start();
			driver.confirm(instance);
			List<Member> seated = driver.seated(instance);
			for (int i = 0; i < 4; i++) {
				driver.score(instance, seated.get(i), 0.9, "APPROVE", false);
			}
			driver.runAsyncJobs(instance);
			ClockUtil.setCurrentTime(java.util.Date.from(start.plus(java.time.Duration.ofDays(15))));
			runDueTimers(instance);
			runDueTimers(instance);
			assertThat(driver.task(instance, ReviewDriver.OVERDUE_TASK)).isNotNull();

			driver.score(instance, seated.get(4), 0.9, "APPROVE", false);
			driver.runAsyncJobs(instance);

			assertThat(driver.task(instance, ReviewDriver.OVERDUE_TASK)).isNull();
			assertThat(instance).isWaitingAt(ReviewDriver.GUIDANCE_TASK);
		}
		finally {
			ClockUtil.reset();
		}
	}

	private void runDueTimers(ProcessInstance instance) {
		engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().executable().list()
				.forEach(j -> engine.getManagementService().executeJob(j.getId()));
	}

	private List<String> subjects(String user, ProcessInstance instance) {
		return notifications.sentTo(user).stream().filter(n -> instance.getId().equals(n.processInstanceId()))
				.map(cn.pilotcity.notification.SentNotification::subject).toList();
	}

	private String reason(DrawRecord draw, String userId) {
		long id = data.byUser(userId).id();
		return draw.entries().stream().filter(e -> e.expertId() == id).findFirst().orElseThrow().reason();
	}

	private static Object json(long... ids) {
		StringBuilder json = new StringBuilder("[");
		for (long id : ids) {
			json.append(json.length() > 1 ? "," : "").append('"').append(id).append('"');
		}
		return org.camunda.spin.plugin.variable.SpinValues.jsonValue(json.append("]").toString()).create();
	}

	private ProcessInstance start() {
		ProcessInstance instance = driver.start(data.recommendedApplication());
		started.add(instance);
		return instance;
	}
}

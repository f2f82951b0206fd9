package cn.pilotcity.assessment;

import static cn.pilotcity.support.LifecycleDriver.CITY_REPORT;
import static cn.pilotcity.support.LifecycleDriver.CNIPA_SCORING;
import static cn.pilotcity.support.LifecycleDriver.GOOD_VALUES;
import static cn.pilotcity.support.LifecycleDriver.POOR_VALUES;
import static cn.pilotcity.support.LifecycleDriver.PROVINCE_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.notification.Notifications;
import cn.pilotcity.notification.SentNotification;
import cn.pilotcity.support.Http;
import cn.pilotcity.support.IndicatorFiles;
import cn.pilotcity.support.LifecycleDriver;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.ValidationFailedException;

/**
 * Every path of the annual assessment (R-AA-1 … R-AA-5, R-SC-7): excellent, good, qualified (capped by an
 * unfinished mandatory task), failed; returned by the province and by the national office; late and missing
 * reports with their reminder and escalation timers; the published results.
 */
@PilotCityTest
class AnnualAssessmentTest {

	static final String TAIYUAN = "140100";
	static final String SHANXI = "140000";

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	Assessments assessments;
	@Autowired
	IndicatorImport indicatorImport;
	@Autowired
	Decisions decisions;
	@Autowired
	Notifications notifications;
	@Autowired
	TestRestTemplate rest;

	@Autowired
	LifecycleDriver driver;
	@Autowired
	ReportRevisions revisions;
	Title title;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
		// the people to be notified exist before the first notice
		users.city(TAIYUAN);
		users.provincialIpOffice(SHANXI);
		users.cnipa();
		title = driver.grantAfresh(TAIYUAN, TitleKind.DEMONSTRATION);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("R-AA-1, R-AA-2, R-AA-4: the city gets the task for the previous year with the year's work plan (必做/选做); its report is stored in five parts")
	void cityReportsInFiveParts() {
		Task task = driver.startNextAssessment(title);
		assertThat(task).hasCandidateGroup("city-" + TAIYUAN);
		Assessment opened = driver.assessment(title);
		assertThat(opened.assessedYear()).isEqualTo(title.grantedOn().getYear());
		assertThat(assessments.tasks(opened.id())).extracting(AssessmentTask::code, AssessmentTask::mandatory)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("DEMO-2018-05", true),
						org.assertj.core.groups.Tuple.tuple("DEMO-2018-06", true),
						org.assertj.core.groups.Tuple.tuple("DEMO-2018-07", false),
						org.assertj.core.groups.Tuple.tuple("DEMO-2018-08", false));
		assertThat(notifications.sentTo(users.city(TAIYUAN))).anyMatch(n -> n.subject().contains("请提交 " + opened.assessedYear()));
		assertThat(driver.variable(task, "workPlanNames").toString()).isEqualTo("[\"【必做】全面提升企事业单位知识产权管理水平\","
				+ "\"【必做】大力培育强县工程试点示范县(区)\",\"【选做】进一步完善知识产权公共服务体系\",\"【选做】深入开展知识产权助力创新创业\"]");

		driver.uploadIndicators(title, GOOD_VALUES);
		driver.citySubmits(title, true);

		Assessment submitted = assessments.get(opened.id());
		assertThat(submitted.status()).isEqualTo(AssessmentStatus.PROVINCE_REVIEW);
		assertThat(submitted.measures()).startsWith("出台知识产权强市建设若干政策");
		assertThat(submitted.results()).isNotBlank();
		assertThat(submitted.problems()).isNotBlank();
		assertThat(submitted.nextPlan()).isNotBlank();
		assertThat(submitted.suggestions()).isNotBlank();
		assertThat(submitted.submittedBy()).isEqualTo(users.city(TAIYUAN));
		assertThat(submitted.late()).isFalse();
		assertThat(assessments.tasks(opened.id())).allSatisfy(t -> assertThat(t.completed()).isTrue());
		assertThat(driver.task(title, PROVINCE_REVIEW)).hasCandidateGroup("prov-ip-" + SHANXI);
	}

	@Test
	@DisplayName("R-AA-2, R-X-3: a report without its indicator data, or with a part missing, is refused with every problem named; the task stays open")
	void incompleteReportIsRefused() {
		driver.startNextAssessment(title);
		Map<String, Object> report = new HashMap<>(driver.report(title, true));
		report.put("problems", " ");

		assertThatThrownBy(() -> driver.complete(users.city(TAIYUAN), driver.task(title, CITY_REPORT), report))
				.isInstanceOf(ValidationFailedException.class).hasMessageContaining("请填写“存在问题”")
				.hasMessageContaining("请先在指标数据填报页面下载模板、上传本年度指标数据");
		assertThat(driver.task(title, CITY_REPORT)).isNotNull();
		assertThat(driver.assessment(title).status()).isEqualTo(AssessmentStatus.OPEN);
	}

	@Test
	@DisplayName("R-AA-3, R-AA-5, R-AA-6: every target met and high subjective scores → 优秀, published in the year's Excel list and marked for priority support")
	void excellentYear() throws IOException {
		Assessment a = driver.assessYear(title, SHANXI, true, true, 19);

		assertThat(a.status()).isEqualTo(AssessmentStatus.GRADED);
		assertThat(a.objectiveScore()).isEqualByComparingTo("40.00");
		assertThat(a.subjectiveScore()).isEqualByComparingTo("57.00");
		assertThat(a.totalScore()).isEqualByComparingTo("97.00");
		assertThat(a.grade()).isEqualTo(Grade.EXCELLENT);
		assertThat(a.prioritySupport()).isTrue();
		assertThat(assessments.scores(a.id())).hasSize(14).anySatisfy(s -> {
			assertThat(s.indicatorCode()).isEqualTo("PLEDGE_GROWTH");
			assertThat(s.score()).isEqualByComparingTo("6.00");
		});
		assertThat(decisions.of("ASSESSMENT", a.id())).extracting(Decision::step).containsExactly(PROVINCE_REVIEW, CNIPA_SCORING);
		assertThat(notifications.sentTo(users.provincialIpOffice(SHANXI))).anyMatch(n -> n.subject().startsWith("【考核结果】")
				&& n.subject().contains("优秀"));

		Http http = new Http(rest);
		JsonNode results = http.get(users.city("330100"), "/api/assessment-results/" + a.assessedYear()).getBody();
		assertThat(results).anySatisfy(r -> {
			assertThat(r.get("cityCode").asText()).isEqualTo(TAIYUAN);
			assertThat(r.get("gradeLabel").asText()).isEqualTo("优秀");
			assertThat(r.get("prioritySupport").asBoolean()).isTrue();
		});
		byte[] excel = http.download(users.cnipa(), "/api/assessment-results/" + a.assessedYear() + "/excel").getBody();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
			Sheet sheet = book.getSheetAt(0);
			Row row = find(sheet, TAIYUAN);
			assertThat(row.getCell(8).getStringCellValue()).isEqualTo("优秀");
			assertThat(row.getCell(9).getStringCellValue()).isEqualTo("★ 重点支持");
		}
	}

	@Test
	@DisplayName("R-AA-3, R-AA-5: targets met and middling subjective scores → 良好")
	void goodYear() {
		assertThat(driver.assessYear(title, SHANXI, true, true, 15).grade()).isEqualTo(Grade.GOOD);
	}

	@Test
	@DisplayName("R-AA-4: an unfinished mandatory task caps an otherwise excellent year at 合格")
	void unfinishedMandatoryTaskCapsTheGrade() {
		Assessment a = driver.assessYear(title, SHANXI, true, false, 19);

		assertThat(a.totalScore()).isEqualByComparingTo("97.00");
		assertThat(a.unfinishedMandatory()).isEqualTo(1);
		assertThat(a.grade()).isEqualTo(Grade.QUALIFIED);
		assertThat(a.gradeReason()).contains("1 项必做任务未完成,等级以合格为限");
		assertThat(a.prioritySupport()).isFalse();
	}

	@Test
	@DisplayName("R-AA-3, R-AA-5: targets missed and low subjective scores → 不合格")
	void failedYear() {
		Assessment a = driver.assessYear(title, SHANXI, false, true, 10);

		assertThat(a.objectiveScore()).isLessThan(new java.math.BigDecimal("10"));
		assertThat(a.grade()).isEqualTo(Grade.FAILED);
	}

	@Test
	@DisplayName("R-SC-7, R-X-1: the province returns the report with its opinion; the city revises and resubmits; the opinion is recorded")
	void provinceReturns() {
		driver.startNextAssessment(title);
		driver.uploadIndicators(title, GOOD_VALUES);
		driver.citySubmits(title, true);
		driver.provinceDecides(title, SHANXI, "RETURN", "请补充质押融资数据的来源说明。");

		Task revise = driver.task(title, CITY_REPORT);
		assertThat(revise).isNotNull();
		assertThat(driver.variable(revise, "returnOpinion")).isEqualTo("省知识产权局:请补充质押融资数据的来源说明。");
		assertThat((String) driver.variable(revise, "returnedBy")).as("R-X-1: who returned it").endsWith("(省知识产权局审核)");
		assertThat((String) driver.variable(revise, "returnedAt")).as("and when").matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
		assertThat(driver.variable(revise, "provinceDecision")).as("the last round's decision does not pre-fill the next").isNull();
		assertThat(driver.variable(revise, "task1Status")).as("the city's last report is in the form again").isEqualTo("DONE");
		assertThat(driver.assessment(title).status()).isEqualTo(AssessmentStatus.RETURNED);

		driver.uploadIndicators(title, GOOD_VALUES);
		driver.citySubmits(title, true);
		driver.provinceDecides(title, SHANXI, "FORWARD", "已补充,同意报送。");
		assertThat(driver.task(title, CNIPA_SCORING)).isNotNull();
		assertThat(decisions.of("ASSESSMENT", driver.assessmentId(title))).extracting(Decision::outcome)
				.containsExactly("RETURN", "FORWARD");
	}

	@Test
	@DisplayName("R-AA-2, R-X-1: the report lives in our tables: each submission is kept as a revision, and the assessment's process holds only its declared variables, no report text, opinion or score")
	void reportRevisionsAndNoBusinessInVariables() {
		driver.startNextAssessment(title);
		driver.uploadIndicators(title, GOOD_VALUES);
		driver.citySubmits(title, true);
		long id = driver.assessmentId(title);
		String instance = assessments.get(id).processInstanceId();
		driver.provinceDecides(title, SHANXI, "RETURN", "请补充质押融资数据的来源说明。");
		Map<String, Object> revised = new HashMap<>(driver.report(title, true));
		revised.put("measures", "修改后的工作措施:补充质押融资数据来源,市金融办按季度提供登记数据,共计三十笔。");
		driver.complete(users.city(title.cityCode()), driver.task(title, CITY_REPORT), revised);
		driver.provinceDecides(title, SHANXI, "FORWARD", "已补充,同意报送。");

		List<ReportRevision> history = revisions.of(id);
		assertThat(history).extracting(ReportRevision::revision).containsExactly(1, 2);
		assertThat(history.get(0).report().measures()).isEqualTo(driver.report(title, true).get("measures"));
		assertThat(history.get(1).report().measures()).startsWith("修改后的工作措施");
		assertThat(history.get(1).tasks()).isNotEmpty().allSatisfy(t -> assertThat(t.completed()).isNotNull());

		assertThat(engine.getRuntimeService().getVariablesLocal(instance).keySet()).as("process scope: ids, codes, gateway and DMN inputs")
				.isSubsetOf("titleId", "cityCode", "cityName", "provinceCode", "provinceName", "titleKind", "assessmentYear",
						"assessmentId", "subject", "reportSupervisors", "provinceDecision", "cnipaDecision");
		for (String business : List.of("measures", "results", "provinceOpinion", "task1Note", "workPlanNames", "returnOpinion")) {
			assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instance)
					.variableName(business).list()).as(business + " only in the open task's own form, if at all")
					.allSatisfy(v -> assertThat(v.getActivityInstanceId()).isNotEqualTo(instance));
		}
		driver.cnipaScores(title, 15, 15, 15);
		assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
				.variableName("scoreIdeas").list()).as("the score was the task's: in our tables, not in the engine's history")
				.isEmpty();
		assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
				.as("no report text in the engine's history either").noneSatisfy(d -> assertThat(
						((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName()).isIn("measures", "provinceOpinion"));
		assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
				.variableName("assessmentId").count()).as("the process's own variables keep their history").isEqualTo(1);
		assertThat(assessments.get(id).grade()).isNotNull();
	}

	@Test
	@DisplayName("R-AA-3: the national office may return the report instead of scoring; a score above the indicator system's maximum is refused")
	void cnipaReturnsAndScoresAreChecked() {
		driver.startNextAssessment(title);
		driver.uploadIndicators(title, GOOD_VALUES);
		driver.citySubmits(title, true);
		driver.provinceDecides(title, SHANXI, "FORWARD", "同意报送。");

		assertThatThrownBy(() -> driver.cnipaScores(title, 25, 10, 10)).isInstanceOf(ValidationFailedException.class)
				.hasMessageContaining("“工作思路”得分应在 0 至 20 之间");
		assertThat(driver.task(title, CNIPA_SCORING)).isNotNull();

		driver.complete(users.cnipa(), driver.task(title, CNIPA_SCORING),
				Map.of("cnipaDecision", "RETURN", "cnipaOpinion", "培训人次与上年报表不一致,请核实。"));
		assertThat(driver.variable(driver.task(title, CITY_REPORT), "returnOpinion")).isEqualTo("国家知识产权局:培训人次与上年报表不一致,请核实。");
		assertThat((String) driver.variable(driver.task(title, CITY_REPORT), "returnedBy"))
				.as("R-X-1: only the step that returned it now").endsWith("(国家知识产权局评分)").doesNotContain("省知识产权局审核");
	}

	@Test
	@DisplayName("R-X-2, R-AA-2: a late report — reminder before the deadline, province and national office told at the deadline; submitted afterwards it is assessed and marked late")
	void lateReport() {
		Task task = driver.startNextAssessment(title);
		LocalDateTime opened = driver.now();
		String pid = task.getProcessInstanceId();

		driver.advanceTo(title, opened.plus(Duration.ofDays(38)).plusMinutes(1));
		assertThat(subjects(users.city(TAIYUAN), pid)).anyMatch(s -> s.startsWith("【待办提醒】"));
		assertThat(subjects(users.provincialIpOffice(SHANXI), pid)).noneMatch(s -> s.startsWith("【逾期督办】"));

		driver.advanceTo(title, opened.plus(Duration.ofDays(45)).plusMinutes(1));
		assertThat(subjects(users.provincialIpOffice(SHANXI), pid)).anyMatch(s -> s.startsWith("【逾期督办】"));
		assertThat(subjects(users.cnipa(), pid)).anyMatch(s -> s.startsWith("【逾期督办】"));
		assertThat(driver.task(title, CITY_REPORT)).as("the city may still report until the cutoff").isNotNull();

		driver.uploadIndicators(title, GOOD_VALUES);
		driver.citySubmits(title, true);
		driver.provinceDecides(title, SHANXI, "FORWARD", "逾期提交,同意报送。");
		driver.cnipaScores(title, 15, 15, 15);
		Assessment a = assessments.get(driver.assessmentIdOf(pid));
		assertThat(a.late()).isTrue();
		assertThat(a.grade()).isEqualTo(Grade.GOOD);
		assertThat(new Http(rest).get(users.cnipa(), "/api/assessment-results/" + a.assessedYear()).getBody())
				.anySatisfy(r -> {
					assertThat(r.get("cityCode").asText()).isEqualTo(TAIYUAN);
					assertThat(r.get("remark").asText()).isEqualTo("逾期提交年度报告");
				});
	}

	@Test
	@DisplayName("R-X-2, R-AA-5 (seeds 000/003): no report by the final cutoff → the task is withdrawn and the year is graded 不合格 by the DMN table")
	void missingReport() {
		Task task = driver.startNextAssessment(title);
		String pid = task.getProcessInstanceId();
		long id = driver.assessmentId(title);

		driver.advanceTo(title, driver.now().plus(Duration.ofDays(60)).plusMinutes(1));

		assertThat(driver.task(title, CITY_REPORT)).isNull();
		assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult().getState())
				.isEqualTo("COMPLETED");
		Assessment a = assessments.get(id);
		assertThat(a.reportMissing()).isTrue();
		assertThat(a.grade()).isEqualTo(Grade.FAILED);
		assertThat(a.gradeReason()).isEqualTo("未按期提交年度报告");
		assertThat(subjects(users.provincialIpOffice(SHANXI), pid)).anyMatch(s -> s.startsWith("【逾期督办】"));
		assertThat(subjects(users.city(TAIYUAN), pid)).anyMatch(s -> s.startsWith("【考核结果】") && s.contains("不合格"));
		assertThat(driver.lifecycle(title)).as("the lifecycle goes on to the next year").isWaitingAt("Timer_AnnualAssessment");
	}

	@Test
	@DisplayName("R-X-3: once the report is submitted the indicator data can no longer be replaced")
	void noUploadAfterSubmission() {
		driver.startNextAssessment(title);
		driver.uploadIndicators(title, GOOD_VALUES);
		driver.citySubmits(title, true);

		assertThatThrownBy(() -> driver.uploadIndicators(title, POOR_VALUES)).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("不能再上传指标数据");
	}

	@Test
	@DisplayName("R-X-3: an assessment left behind when the title is granted again takes no more indicator data, and its page offers no upload")
	void noUploadToAnAssessmentOfAnEarlierGrant() {
		driver.startNextAssessment(title);
		Assessment earlier = driver.assessment(title);
		byte[] file = IndicatorFiles.fill(indicatorImport.template(earlier), GOOD_VALUES);

		driver.grantAfresh(TAIYUAN, TitleKind.DEMONSTRATION);

		assertThat(assessments.get(earlier.id()).status()).as("left as it was").isEqualTo(AssessmentStatus.OPEN);
		assertThatThrownBy(() -> indicatorImport.upload(earlier.id(), "指标数据.xlsx", file, users.city(TAIYUAN)))
				.isInstanceOf(InvalidInputException.class).hasMessage("该考核所属的称号已终止或已重新授予,本次考核不再进行,不能上传指标数据");
		assertThat(assessments.values(earlier.id())).isEmpty();
		JsonNode page = new Http(rest).get(users.city(TAIYUAN), "/api/assessments/" + earlier.id()).getBody();
		assertThat(page.get("mayUpload").asBoolean()).isFalse();
	}

	private List<String> subjects(String user, String processInstanceId) {
		return notifications.sentTo(user).stream().filter(n -> processInstanceId.equals(n.processInstanceId()))
				.map(SentNotification::subject).toList();
	}

	private static Row find(Sheet sheet, String cityCode) {
		for (Row row : sheet) {
			if (row.getCell(1) != null && cityCode.equals(row.getCell(1).toString())) {
				return row;
			}
		}
		throw new AssertionError("no row for " + cityCode);
	}
}

package cn.pilotcity.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.pilotcity.assessment.Assessment;
import cn.pilotcity.assessment.Assessments;
import cn.pilotcity.assessment.Grade;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.TitleStatus;
import cn.pilotcity.city.Titles;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.ValidationFailedException;
import cn.pilotcity.support.LifecycleDriver;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/** The lifecycle of a title over the years: assessments each January, the review every third year. */
@PilotCityTest
class TitleLifecycleTest {

	static final String SHIJIAZHUANG = "130100";
	static final String HEBEI = "130000";

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	Titles titles;
	@Autowired
	Assessments assessments;
	@Autowired
	LifecycleSettings settings;
	@Autowired
	Decisions decisions;

	@Autowired
	LifecycleDriver driver;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("R-AA-1, R-SC-7, R-SC-8: a granted title is assessed each 15 January for the previous year; after the third year the third-party review; qualified → the next cycle")
	void threeYearsThenReviewThenNextCycle() {
		Title title = driver.grantAfresh(SHIJIAZHUANG, TitleKind.STRONG_CITY);
		int year = title.grantedOn().getYear();
		ProcessInstance lifecycle = driver.lifecycle(title);
		assertThat(lifecycle).isWaitingAt("Timer_AnnualAssessment");
		assertThat(driver.nextAssessmentAt(title)).isEqualTo(LocalDate.of(year + 1, 1, 15).atStartOfDay());

		for (int i = 0; i < 3; i++) {
			Assessment assessed = driver.assessYear(title, HEBEI, true, true, 15);
			assertThat(assessed.assessedYear()).isEqualTo(year + i);
			assertThat(assessed.grade()).isEqualTo(Grade.GOOD);
		}

		assertThat(driver.task(title, LifecycleDriver.EVALUATION)).isNotNull();
		assertThat(driver.task(title, LifecycleDriver.EVALUATION)).hasCandidateGroup("evaluators");
		driver.evaluatorRates(title, "SOUND");

		assertThat(lifecycle).isWaitingAt("Timer_AnnualAssessment").variables().containsEntry("cycle", 2)
				.containsEntry("reviewOutcome", "CONTINUE").containsEntry("assessmentYear", year + 3);
		assertThat(driver.nextAssessmentAt(title)).isEqualTo(LocalDate.of(year + 4, 1, 15).atStartOfDay());
	}

	@Test
	@DisplayName("R-AA-1, R-X-1: the national office grants a title directly from its start form; the lifecycle starts (business key TITLE-<id>) and the decision is recorded")
	void nationalOfficeGrantsDirectly() {
		String changchun = "220100";
		titles.find(changchun, TitleKind.STRONG_CITY).filter(Title::isActive).ifPresent(t -> titles.changeStatus(t.id(), t.status(),
				TitleStatus.ENDED, LocalDate.of(2030, 1, 1), "测试:重新授予前结束", null, "test"));
		driver.setClock(LocalDate.of(2032, 6, 1).atTime(10, 0));

		ProcessInstance grant = driver.as(users.cnipa(), () -> engine.getRuntimeService().startProcessInstanceByKey("title-grant",
				grantForm(changchun, "STRONG_CITY", "经论证评价,同意长春市开展知识产权强市建设。", "国知发管字〔2032〕3号")));

		Title title = titles.find(changchun, TitleKind.STRONG_CITY).orElseThrow();
		assertThat(title.status()).isEqualTo(TitleStatus.ACTIVE);
		assertThat(title.grantedOn()).isEqualTo(LocalDate.of(2032, 6, 1));
		assertThat(grant).isEnded();
		assertThat(driver.lifecycle(title)).isWaitingAt("Timer_AnnualAssessment");
		assertThat(driver.lifecycle(title).getBusinessKey()).isEqualTo("TITLE-" + title.id());
		assertThat(driver.nextAssessmentAt(title)).isEqualTo(LocalDate.of(2033, 1, 15).atStartOfDay());
		assertThat(decisions.of("TITLE", title.id())).last().satisfies(d -> {
			assertThat(d.outcome()).isEqualTo("GRANT");
			assertThat(d.decidedBy()).isEqualTo(users.cnipa());
			assertThat(d.docNumber()).isEqualTo("国知发管字〔2032〕3号");
		});
		assertThat(titles.history(changchun)).last().satisfies(e -> assertThat(e.recordedBy()).isEqualTo(users.cnipa()));
	}

	@Test
	@DisplayName("R-AA-1, R-SC-7: for a demonstration city of the reference data the national office starts the cycle of the title it holds; a second start is refused")
	void nationalOfficeStartsTheCycleOfAReferenceTitle() {
		String dalian = "210200";
		Title held = titles.find(dalian, TitleKind.DEMONSTRATION).orElseThrow();
		driver.instances(held).forEach(i -> engine.getRuntimeService().deleteProcessInstance(i.getId(), "测试重置"));
		int eventsBefore = titles.history(dalian).size();

		driver.as(users.cnipa(), () -> engine.getRuntimeService().startProcessInstanceByKey("title-grant",
				grantForm(dalian, "DEMONSTRATION", "大连市为国家知识产权示范城市,纳入年度考核。", null)));

		assertThat(driver.lifecycle(held)).isWaitingAt("Timer_AnnualAssessment");
		assertThat(titles.get(held.id()).grantedOn()).as("the title itself is unchanged").isEqualTo(held.grantedOn());
		assertThat(titles.history(dalian)).hasSize(eventsBefore);
		assertThat(decisions.of("TITLE", held.id())).last().extracting(Decision::outcome).isEqualTo("START_CYCLE");
		assertThatThrownBy(() -> driver.as(users.cnipa(), () -> engine.getRuntimeService().startProcessInstanceByKey("title-grant",
				grantForm(dalian, "DEMONSTRATION", "重复启动。", null)))).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("考核周期已在进行中");
		driver.instances(held).forEach(i -> engine.getRuntimeService().deleteProcessInstance(i.getId(), "测试结束"));
	}

	@Test
	@DisplayName("Only the national office may grant a title or start a cycle; an incomplete form is refused with every problem named")
	void onlyTheNationalOfficeGrants() {
		assertThatThrownBy(() -> driver.as(users.city("130600"), () -> engine.getRuntimeService()
				.startProcessInstanceByKey("title-grant", grantForm("130600", "STRONG_CITY", "自己授予。", null))))
				.isInstanceOf(AuthorizationException.class);
		assertThatThrownBy(() -> driver.as(users.cnipa(), () -> engine.getRuntimeService()
				.startProcessInstanceByKey("title-grant", grantForm("999999", "NONE", "", null))))
				.isInstanceOf(ValidationFailedException.class).hasMessageContaining("城市代码 999999 不存在")
				.hasMessageContaining("请选择称号").hasMessageContaining("请填写授予或启动的依据");
	}

	@Test
	@DisplayName("R-SC-1, R-X-3: the start form refuses a strong-city title for a city that is no demonstration city, and grant dates in 1900 or 2999 or a term of a century; nothing is granted")
	void absurdGrantsAreRefused() {
		String baoding = "130600";
		long titlesBefore = titles.history(baoding).size();
		Map<String, Object> strongCity = grantForm(baoding, "STRONG_CITY", "经论证评价,同意保定市开展知识产权强市建设。", null);
		assertThatThrownBy(() -> driver.as(users.cnipa(), () -> engine.getRuntimeService().startProcessInstanceByKey("title-grant",
				strongCity))).isInstanceOf(ValidationFailedException.class)
				.hasMessageContaining("保定市不是国家知识产权示范城市,不能授予知识产权强市称号");
		for (String[] dates : new String[][] { { "1900-01-01", null }, { "2999-01-01", null }, { "2026-01-01", "2126-01-01" } }) {
			Map<String, Object> form = grantForm(baoding, "SME_PILOT", "纳入中小企业知识产权战略推进工程试点。", null);
			form.put("grantedOn", dates[0]);
			if (dates[1] != null) {
				form.put("endsOn", dates[1]);
			}
			assertThatThrownBy(() -> driver.as(users.cnipa(), () -> engine.getRuntimeService().startProcessInstanceByKey("title-grant",
					form))).as(String.join(" ", java.util.Arrays.stream(dates).filter(java.util.Objects::nonNull).toList()))
					.isInstanceOf(ValidationFailedException.class).hasMessageContaining("无法办理");
		}
		assertThat(titles.history(baoding)).hasSize((int) titlesBefore);
	}

	@Test
	@DisplayName("A title withdrawn or ended outside its lifecycle ends the lifecycle at its next assessment day")
	void titleEndedElsewhereEndsTheLifecycle() {
		Title title = driver.grantAfresh(SHIJIAZHUANG, TitleKind.STRONG_CITY);
		ProcessInstance lifecycle = driver.lifecycle(title);
		titles.changeStatus(title.id(), TitleStatus.ACTIVE, TitleStatus.WITHDRAWN, title.grantedOn().plusMonths(2), "测试:另行取消",
				null, users.cnipa());

		driver.advanceTo(title, driver.nextAssessmentAt(title).plusHours(1));

		assertThat(lifecycle).isEnded().hasPassed("EndEvent_TitleNoLongerHeld");
		assertThat(driver.task(title, LifecycleDriver.CITY_REPORT)).isNull();
	}

	@Test
	@DisplayName("R-AA-1: the assessment day is configuration (pilotcity.lifecycle.assessment-date); the first assessment assesses the year of the grant")
	void assessmentDayIsConfigurable() {
		String before = settings.getAssessmentDate();
		settings.setAssessmentDate("03-31");
		try {
			Title title = driver.grantAfresh(SHIJIAZHUANG, TitleKind.STRONG_CITY);
			assertThat(driver.nextAssessmentAt(title)).isEqualTo(LocalDate.of(title.grantedOn().getYear() + 1, 3, 31).atStartOfDay());
			assertThat(engine.getRuntimeService().getVariable(driver.lifecycle(title).getId(), "assessmentYear"))
					.isEqualTo(title.grantedOn().getYear());
		}
		finally {
			settings.setAssessmentDate(before);
		}
	}

	static Map<String, Object> grantForm(String cityCode, String kind, String reason, String docNumber) {
		Map<String, Object> form = new HashMap<>();
		form.put("cityCode", cityCode);
		form.put("titleKind", kind);
		form.put("grantReason", reason);
		form.put("grantDocNumber", docNumber);
		return form;
	}
}

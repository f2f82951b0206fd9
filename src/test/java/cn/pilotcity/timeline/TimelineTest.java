package cn.pilotcity.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.pilotcity.assessment.Assessments;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.TitleStatus;
import cn.pilotcity.city.Titles;
import cn.pilotcity.sme.SmeTestSupport;
import cn.pilotcity.support.Http;
import cn.pilotcity.support.LifecycleDriver;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.system.ValidationFailedException;

/**
 * R-X-4: a city's whole history as one timeline: an application and its return, the grant, three annual
 * assessments (one upload first refused), the review, two rounds of rectification and the withdrawal, in
 * order, each with who, when and the opinion.
 */
@PilotCityTest
class TimelineTest {

	static final String MAANSHAN = "340500";
	static final String ANHUI = "340000";

	@Autowired
	LifecycleDriver driver;
	@Autowired
	SmeTestSupport sme;
	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	Titles titles;
	@Autowired
	Assessments assessments;
	@Autowired
	Timeline timeline;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TestRestTemplate rest;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("R-X-4, R-X-1: the city's whole history in order — application, decisions, grant, assessments with uploads, review, rectification, withdrawal — each with who, when and the opinion")
	void wholeHistoryInOrder() {
		String city = users.city(MAANSHAN);
		String province = users.provincialIpOffice(ANHUI);
		users.provincialSmeAuthority(ANHUI);
		String cnipa = users.cnipa();

		// the database may hold earlier runs' history of this city: only the rows made from here on count
		Map<String, Long> before = new HashMap<>();
		for (String table : List.of("pc_application", "pc_decision", "pc_title", "pc_title_event", "pc_assessment",
				"pc_indicator_upload", "pc_title_review", "pc_rectification")) {
			Long max = jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class);
			before.put(table, max == null ? 0L : max);
		}

		// an SME-pilot application, returned by the province (before the title's story begins)
		LocalDate grant = driver.nextGrantDate(MAANSHAN, TitleKind.DEMONSTRATION);
		driver.setClock(grant.minusMonths(2).atTime(9, 0));
		ProcessInstance application = sme.submittedApplication(MAANSHAN);
		Task ipTask = engine.getTaskService().createTaskQuery().processInstanceId(application.getId())
				.taskDefinitionKey("Task_ProvincialIpOfficeReview").singleResult();
		driver.complete(province, ipTask, Map.of("provIpDecision", "RETURN", "provIpOpinion", "请补充集聚区知识产权基础数据。"));

		// the title, three years, the review, two failed rounds, the withdrawal
		Title title = driver.grantAfresh(MAANSHAN, TitleKind.DEMONSTRATION);
		driver.startNextAssessment(title);
		long firstAssessment = driver.assessmentId(title);
		try {
			driver.uploadIndicators(title, Map.of("PLEDGE_GROWTH", "二十"));
		}
		catch (ValidationFailedException refused) {
			// the city corrects its file
		}
		driver.uploadIndicators(title, LifecycleDriver.GOOD_VALUES);
		driver.citySubmits(title, true);
		driver.provinceDecides(title, ANHUI, "FORWARD", "同意报送。");
		driver.cnipaScores(title, 15, 15, 15);
		driver.assessYear(title, ANHUI, true, true, 15);
		driver.assessYear(title, ANHUI, false, true, 10);
		driver.evaluatorRates(title, "WEAK");
		driver.cityRectifies(title);
		driver.cnipaReReviews(title, "FAILED", "整改不到位。");
		driver.cityRectifies(title);
		driver.cnipaReReviews(title, "FAILED", "第二轮整改仍不到位。");
		driver.complete(cnipa, driver.task(title, LifecycleDriver.WITHDRAWAL), Map.of("withdrawalDecision", "WITHDRAW_TITLE",
				"withdrawalOpinion", "两轮督促整改均不合格,取消国家知识产权示范城市资格。", "withdrawalDocNumber", "国知发管字〔2036〕9号"));
		assertThat(titles.get(title.id()).status()).isEqualTo(TitleStatus.WITHDRAWN);

		List<TimelineEntry> entries = timeline.of(MAANSHAN).stream().filter(e -> {
			String[] source = e.source().split(":");
			return Long.parseLong(source[1]) > before.get(source[0]);
		}).toList();

		assertThat(entries).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
		assertThat(entries).allSatisfy(e -> {
			assertThat(e.at()).isNotNull();
			assertThat(e.by()).isNotBlank();
			assertThat(e.what()).isNotBlank();
		});
		// without the dates in the text (the effective day of a title change, the deadline of a notice)
		List<String> story = entries.stream()
				.map(e -> e.kind() + ":" + e.what().replaceAll("(\\(\\d{4}年\\d{1,2}月\\d{1,2}日起\\)|,期限至.*)$", "")).toList();
		assertThat(story).containsSubsequence(
				"APPLICATION:提交申报:中小企业知识产权战略推进工程试点",
				"DECISION:省知识产权局推荐意见",
				"TITLE:授予国家知识产权示范城市称号",
				"ASSESSMENT:启动" + title.grantedOn().getYear() + " 年度国家知识产权示范城市考核",
				"INDICATOR_UPLOAD:上传 " + title.grantedOn().getYear() + " 年度指标数据(指标数据.xlsx)",
				"INDICATOR_UPLOAD:上传 " + title.grantedOn().getYear() + " 年度指标数据(指标数据.xlsx)",
				"ASSESSMENT:提交" + title.grantedOn().getYear() + " 年度工作报告",
				"DECISION:省知识产权局审核",
				"DECISION:国家知识产权局评分",
				"ASSESSMENT:" + title.grantedOn().getYear() + " 年度国家知识产权示范城市考核结果公布",
				"ASSESSMENT:" + (title.grantedOn().getYear() + 2) + " 年度国家知识产权示范城市考核结果公布",
				"REVIEW:启动三年第三方评估(" + title.grantedOn().getYear() + "—" + (title.grantedOn().getYear() + 2) + " 年度)",
				"DECISION:第三方评估",
				"REVIEW:三年第三方评估结论(" + title.grantedOn().getYear() + "—" + (title.grantedOn().getYear() + 2) + " 年度)",
				"RECTIFICATION:下达整改通知(第 1 轮)",
				"TITLE:国家知识产权示范城市称号进入督促整改",
				"RECTIFICATION:提交整改方案(第 1 轮)",
				"RECTIFICATION:提交整改报告(第 1 轮)",
				"DECISION:整改复核",
				"RECTIFICATION:整改结果(第 1 轮)",
				"RECTIFICATION:提交整改方案(第 2 轮)",
				"DECISION:取消资格决定",
				"TITLE:取消国家知识产权示范城市资格");

		TimelineEntry upload = entries.stream().filter(e -> e.kind().equals("INDICATOR_UPLOAD")).findFirst().orElseThrow();
		assertThat(upload.by()).isEqualTo(city);
		assertThat(upload.outcome()).startsWith("未通过校验(");
		assertThat(upload.opinion()).contains("应填写数字,实际为文字“二十”");
		assertThat(upload.ref()).isEqualTo("ASSESSMENT-" + firstAssessment);
		TimelineEntry returned = entries.stream().filter(e -> e.what().equals("省知识产权局推荐意见")).findFirst().orElseThrow();
		assertThat(returned.by()).isEqualTo(province);
		assertThat(returned.byName()).as("shown by name, never the account id").isEqualTo("测试" + cn.pilotcity.identity.Roles.provincialIpOffice(ANHUI))
				.isNotEqualTo(province);
		assertThat(returned.outcome()).isEqualTo("退回修改");
		assertThat(returned.opinion()).isEqualTo("请补充集聚区知识产权基础数据。");
		assertThat(entries).filteredOn(e -> e.what().endsWith("考核结果公布")).extracting(TimelineEntry::outcome)
				.containsExactly("良好", "良好", "不合格");
		TimelineEntry review = entries.stream().filter(e -> e.what().startsWith("三年第三方评估结论")).findFirst().orElseThrow();
		assertThat(review.by()).isEqualTo(users.memberOf("evaluators"));
		assertThat(review.outcome()).isEqualTo("推进力度不大、工作成效不明显 → 督促整改");
		TimelineEntry withdrawn = entries.get(entries.size() - 1);
		assertThat(withdrawn.kind()).isEqualTo("TITLE");
		assertThat(withdrawn.by()).isEqualTo(cnipa);
		assertThat(withdrawn.docNumber()).isEqualTo("国知发管字〔2036〕9号");
		assertThat(withdrawn.opinion()).isEqualTo("两轮督促整改均不合格,取消国家知识产权示范城市资格。");

		JsonNode api = new Http(rest).get(province, "/api/cities/" + MAANSHAN + "/timeline").getBody();
		assertThat(api.get("city").get("name").asText()).isEqualTo("马鞍山市");
		assertThat(api.get("entries")).anySatisfy(e -> assertThat(e.get("docNumber").asText()).isEqualTo("国知发管字〔2036〕9号"));
		assertThat(rest.getForEntity("/timeline.html", String.class).getBody()).contains("城市历程");
	}

	@Test
	@DisplayName("R-X-4: a title of the reference data keeps its grant in the timeline when it later changes")
	void referenceTitleKeepsItsGrant() {
		String shenyang = "210100";
		Title title = titles.find(shenyang, TitleKind.DEMONSTRATION).orElseThrow();
		assertThat(title.status()).isEqualTo(TitleStatus.ACTIVE);
		titles.changeStatus(title.id(), TitleStatus.ACTIVE, TitleStatus.RECTIFICATION, LocalDate.of(2030, 2, 1), "测试:督促整改", null,
				users.cnipa());
		titles.changeStatus(title.id(), TitleStatus.RECTIFICATION, TitleStatus.ACTIVE, LocalDate.of(2030, 8, 1), "测试:整改通过", null,
				users.cnipa());

		List<TimelineEntry> entries = timeline.of(shenyang);
		List<String> whats = entries.stream().map(TimelineEntry::what).toList();
		assertThat(entries.get(whats.indexOf("持有国家知识产权示范城市称号(2013年1月1日起,参考数据)")).outcome())
				.as("the status it had then").isEqualTo("有效");

		assertThat(whats).containsSubsequence("持有国家知识产权示范城市称号(2013年1月1日起,参考数据)",
				"国家知识产权示范城市称号进入督促整改(2030年2月1日起)", "国家知识产权示范城市整改通过,称号恢复有效(2030年8月1日起)");
		assertThat(titles.get(title.id()).status()).isEqualTo(TitleStatus.ACTIVE);
	}
}

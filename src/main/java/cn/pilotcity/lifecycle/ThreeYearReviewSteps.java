package cn.pilotcity.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.pilotcity.assessment.Assessment;
import cn.pilotcity.assessment.Assessments;
import cn.pilotcity.assessment.Grade;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.city.Province;
import cn.pilotcity.city.Titles;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.notification.Notice;
import cn.pilotcity.notification.Notifications;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.TaskForms;

/**
 * The service steps of {@code three-year-review.bpmn} (R-SC-8, R-AA-5, R-SME-7): opens the review with the
 * cycle's annual results (the main basis of the review), and records the outcome the DMN table
 * {@code review-outcome} gave: promoted nationwide, next cycle, or rectification.
 */
@Component("threeYearReviewSteps")
public class ThreeYearReviewSteps {

	static final String PROMOTE = "PROMOTE";
	static final String CONTINUE = "CONTINUE";
	static final String RECTIFY = "RECTIFY";

	private final LifecycleMapper mapper;
	private final Assessments assessments;
	private final Notifications notifications;
	private final CityDirectory cities;
	private final Titles titles;

	ThreeYearReviewSteps(LifecycleMapper mapper, Assessments assessments, Notifications notifications, CityDirectory cities,
			Titles titles) {
		this.titles = titles;
		this.mapper = mapper;
		this.assessments = assessments;
		this.notifications = notifications;
		this.cities = cities;
	}

	/** Opens the review of the cycle's years with their annual results shown to the evaluator. */
	public void open(DelegateExecution execution) {
		ThreeYearReviewVariables variables = ThreeYearReviewVariables.of(execution);
		long titleId = variables.lifecycle().titleId();
		String cityCode = variables.lifecycle().cityCode();
		int lastYear = variables.lastYear();
		int firstYear = variables.firstYear();
		LocalDate grantedOn = titles.get(titleId).grantedOn();
		Optional<Review> existing = mapper.findReviewByYears(titleId, grantedOn, firstYear);
		long id;
		if (existing.isPresent()) {
			id = existing.get().id();
			mapper.reopenReview(id, execution.getProcessInstanceId());
		}
		else {
			LifecycleMapper.NewRow row = new LifecycleMapper.NewRow(titleId, cityCode, grantedOn, null, firstYear, lastYear, 0,
					null, EngineClock.now(), null, execution.getProcessInstanceId());
			mapper.insertReview(row);
			id = row.id;
		}
		AnnualResults results = annualResults(titleId, firstYear, lastYear);
		// the review table's inputs (three-year-review.dmn); the results themselves are shown from our tables
		variables.opened(id, firstYear == lastYear ? firstYear + " 年度" : firstYear + "—" + lastYear + " 年度",
				results.failed(), results.excellent());
	}

	/** R-AA-5: the cycle's annual results as the evaluator reads them, and how many years failed or excelled. */
	record AnnualResults(String text, int failed, int excellent) {
	}

	AnnualResults annualResults(long titleId, int firstYear, int lastYear) {
		Map<Integer, Assessment> graded = assessments.graded(titleId, firstYear, lastYear).stream()
				.collect(Collectors.toMap(Assessment::assessedYear, Function.identity()));
		StringBuilder results = new StringBuilder();
		int failed = 0;
		int excellent = 0;
		for (int year = firstYear; year <= lastYear; year++) {
			Assessment a = graded.get(year);
			if (a == null) {
				results.append("- ").append(year).append(" 年度:无考核结果\n");
				continue;
			}
			failed += a.grade() == Grade.FAILED ? 1 : 0;
			excellent += a.grade() == Grade.EXCELLENT ? 1 : 0;
			results.append("- ").append(year).append(" 年度:**").append(a.grade().label()).append("**(总分 ")
					.append(a.totalScore() == null ? "—" : a.totalScore().toPlainString()).append(" 分")
					.append(a.reportMissing() ? ",未按期提交年度报告" : a.late() ? ",逾期提交" : "").append(")\n");
		}
		return new AnnualResults(results.toString(), failed, excellent);
	}

	/** The evaluator's form ({@code create} listener): the cycle's annual results, local to the task. */
	public void showResults(DelegateTask task) {
		ThreeYearReviewVariables variables = ThreeYearReviewVariables.of(task);
		TaskForms.fill(task, Map.of("annualResults",
				annualResults(variables.lifecycle().titleId(), variables.firstYear(), variables.lastYear()).text()));
	}

	/** Records the outcome of the DMN table and tells those concerned; a promotion goes out nationwide. */
	public void decide(DelegateExecution execution) {
		ThreeYearReviewVariables variables = ThreeYearReviewVariables.of(execution);
		long id = variables.reviewId();
		String outcome = variables.outcome();
		String rating = variables.rating();
		int failed = variables.failedYears();
		int excellent = variables.excellentYears();
		String reason = reason(outcome, rating, failed, excellent);
		boolean promoted = PROMOTE.equals(outcome);
		mapper.decideReview(id, outcome, reason, promoted, EngineClock.now());
		String cityName = variables.lifecycle().cityName();
		String cityCode = variables.lifecycle().cityCode();
		String provinceCode = variables.lifecycle().provinceCode();
		String years = variables.reviewYears();
		List<String> groups = new ArrayList<>(List.of(Roles.city(cityCode), Roles.provincialIpOffice(provinceCode), Roles.CNIPA));
		String subject = "【三年评估】" + cityName + " " + years + "第三方评估结论:" + label(outcome);
		if (promoted) {
			// R-SC-8: leading cities are promoted nationwide
			cities.provinces().stream().map(Province::code).map(Roles::provincialIpOffice)
					.filter(g -> !groups.contains(g)).forEach(groups::add);
			subject = "【经验推广】" + cityName + "知识产权工作水平领先、实绩突出,向全国推广";
		}
		notifications.toGroups(groups, new Notice(subject, cityName + " " + years + "三年第三方评估:" + reason + "。",
				execution.getProcessInstanceId(), null));
	}

	static String label(String outcome) {
		return switch (outcome) {
		case PROMOTE -> "水平领先,向全国推广";
		case RECTIFY -> "督促整改";
		default -> "达到要求,进入下一周期";
		};
	}

	/** The reason of the review-outcome table's rule that applied, in words. */
	static String reason(String outcome, String rating, int failedYears, int excellentYears) {
		return switch (outcome) {
		case PROMOTE -> "第三方评估认定水平领先、实绩突出,周期内年度考核优秀 " + excellentYears + " 次且无不合格,向全国推广";
		case RECTIFY -> "WEAK".equals(rating) ? "第三方评估认定推进力度不大、工作成效不明显,督促整改"
				: "周期内 " + failedYears + " 个年度考核不合格,督促整改";
		default -> "第三方评估认定达到要求" + ("LEADING".equals(rating) ? "(水平领先,但年度考核优秀不足两次或有不合格)" : "")
				+ ",进入下一周期";
		};
	}
}

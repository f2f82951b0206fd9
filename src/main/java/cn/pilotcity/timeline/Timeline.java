package cn.pilotcity.timeline;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;

import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Programme;
import cn.pilotcity.assessment.Grade;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleEvent;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.TitleStatus;
import cn.pilotcity.city.Titles;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.decision.Outcomes;
import cn.pilotcity.identity.CurrentUser;

/**
 * R-X-4: a city's whole history in order. Each feature's own rows are read (applications, decisions,
 * assessments and their uploads, reviews, rectifications, title changes) and merged by time; every entry says
 * who, when, what and the opinion. The caller checks that the user may see the city.
 */
@Service
public class Timeline {

	/** Within the same instant: the decision first, then what follows from it. */
	private static final Map<String, Integer> KIND_ORDER = Map.of("APPLICATION", 0, "DECISION", 1, "ASSESSMENT", 2,
			"INDICATOR_UPLOAD", 3, "REVIEW", 4, "PANEL", 4, "RECTIFICATION", 5, "TITLE", 6);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
	private static final String SYSTEM = "system";
	/** An expert panel acts as one: the applicant never learns who scored what. */
	private static final String PANEL = "panel";
	private static final Map<String, String> PANEL_RECOMMENDATIONS = Map.of("APPROVE", "建议通过", "REVISE", "修改完善后再议",
			"REJECT", "不建议通过");

	private final TimelineMapper mapper;
	private final Decisions decisions;
	private final Titles titles;
	private final CityDirectory cities;
	private final CurrentUser users;

	Timeline(TimelineMapper mapper, Decisions decisions, Titles titles, CityDirectory cities, CurrentUser users) {
		this.users = users;
		this.mapper = mapper;
		this.decisions = decisions;
		this.titles = titles;
		this.cities = cities;
	}

	public List<TimelineEntry> of(String cityCode) {
		List<TimelineEntry> entries = new ArrayList<>();
		applications(cityCode, entries);
		titleChanges(cityCode, entries);
		assessments(cityCode, entries);
		reviews(cityCode, entries);
		panels(cityCode, entries);
		rectifications(cityCode, entries);
		for (Decision d : decisions.ofCity(cityCode)) {
			entries.add(new TimelineEntry(d.decidedAt(), "DECISION", d.subjectType() + "-" + d.subjectId(), d.stepName(),
					d.decidedBy(), Outcomes.label(d.outcome()), d.opinion(), d.docNumber(), "pc_decision:" + d.id()));
		}
		entries.removeIf(e -> e.at() == null);
		entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(e -> KIND_ORDER.getOrDefault(e.kind(), 9)));
		Map<String, String> names = new HashMap<>();
		return entries.stream().map(e -> e.named(SYSTEM.equals(e.by()) || e.by() == null ? "系统"
				: PANEL.equals(e.by()) ? "专家组" : names.computeIfAbsent(e.by(), users::nameOf))).toList();
	}

	private void applications(String cityCode, List<TimelineEntry> entries) {
		for (TimelineMapper.ApplicationRow a : mapper.applications(cityCode)) {
			entries.add(new TimelineEntry(a.createdAt(), "APPLICATION", "APPLICATION-" + a.id(),
					"提交申报:" + label(Programme.class, a.programme()), a.createdBy(), "当前状态:" + statusLabel(a.status()),
					null, null, "pc_application:" + a.id()));
		}
	}

	private void titleChanges(String cityCode, List<TimelineEntry> entries) {
		List<TitleEvent> events = new ArrayList<>();
		Set<Long> grantRecorded = new HashSet<>();
		for (TitleEvent e : titles.history(cityCode)) {
			events.add(e);
		}
		for (Title t : cities.titles(cityCode)) {
			// a title of the reference data was granted before this system: its grant has no event of its own
			boolean grantEvent = events.stream().anyMatch(e -> e.titleId() == t.id() && e.status() == TitleStatus.ACTIVE
					&& e.effectiveOn().equals(t.grantedOn()));
			if (grantEvent) {
				grantRecorded.add(t.id());
			}
			else {
				entries.add(new TimelineEntry(t.grantedOn().atStartOfDay(), "TITLE", "TITLE-" + t.id(),
						"持有" + t.kind().label() + "称号(" + DAY.format(t.grantedOn()) + "起,参考数据)", SYSTEM, TitleStatus.ACTIVE.label(),
						t.source(), null, "pc_title:" + t.id()));
			}
		}
		Map<Long, TitleStatus> previous = new HashMap<>();
		cities.titles(cityCode).stream().filter(t -> !grantRecorded.contains(t.id()))
				.forEach(t -> previous.put(t.id(), TitleStatus.ACTIVE));
		for (TitleEvent e : events) {
			TitleStatus before = previous.put(e.titleId(), e.status());
			String what = switch (e.status()) {
			case ACTIVE -> before == TitleStatus.RECTIFICATION ? e.kind().label() + "整改通过,称号恢复有效"
					: "授予" + e.kind().label() + "称号";
			case RECTIFICATION -> e.kind().label() + "称号进入督促整改";
			case WITHDRAWN -> "取消" + e.kind().label() + "资格";
			case ENDED -> e.kind().label() + "称号期满";
			};
			entries.add(new TimelineEntry(e.recordedAt(), "TITLE", "TITLE-" + e.titleId(),
					what + "(" + DAY.format(e.effectiveOn()) + "起)", e.recordedBy(), e.status().label(), e.reason(),
					e.docNumber(), "pc_title_event:" + e.id()));
		}
	}

	private void assessments(String cityCode, List<TimelineEntry> entries) {
		for (TimelineMapper.AssessmentRow a : mapper.assessments(cityCode)) {
			String ref = "ASSESSMENT-" + a.id();
			String source = "pc_assessment:" + a.id();
			String title = a.assessedYear() + " 年度" + label(TitleKind.class, a.titleKind()) + "考核";
			entries.add(new TimelineEntry(a.openedAt(), "ASSESSMENT", ref, "启动" + title, SYSTEM, null, null, null, source));
			if (a.submittedAt() != null) {
				entries.add(new TimelineEntry(a.submittedAt(), "ASSESSMENT", ref,
						"提交" + a.assessedYear() + " 年度工作报告" + (Boolean.TRUE.equals(a.late()) ? "(逾期提交)" : ""), a.submittedBy(),
						Boolean.TRUE.equals(a.late()) ? "逾期提交" : "按期提交", null, null, source));
			}
			if (a.gradedAt() != null) {
				if (Boolean.TRUE.equals(a.reportMissing())) {
					entries.add(new TimelineEntry(a.gradedAt(), "ASSESSMENT", ref,
							"未按期提交" + a.assessedYear() + " 年度工作报告", a.submittedBy() == null ? SYSTEM : a.submittedBy(),
							"未提交", null, null, source));
				}
				String grade = a.grade() == null ? null : Grade.of(a.grade()).label();
				entries.add(new TimelineEntry(a.gradedAt(), "ASSESSMENT", ref, title + "结果公布",
						a.gradedBy() == null ? SYSTEM : a.gradedBy(),
						grade + (Boolean.TRUE.equals(a.prioritySupport()) ? "(★ 重点支持)" : ""), a.gradeReason(), null, source));
			}
		}
		for (TimelineMapper.UploadRow u : mapper.uploads(cityCode)) {
			boolean accepted = Boolean.TRUE.equals(u.accepted());
			entries.add(new TimelineEntry(u.uploadedAt(), "INDICATOR_UPLOAD", "ASSESSMENT-" + u.assessmentId(),
					"上传 " + u.assessedYear() + " 年度指标数据" + (u.fileName() == null ? "" : "(" + u.fileName() + ")"),
					u.uploadedBy(), accepted ? "校验通过,导入 " + u.valueCount() + " 项" : "未通过校验(" + u.errorCount() + " 处错误),未导入",
					u.errors(), null, "pc_indicator_upload:" + u.id()));
		}
	}

	private void reviews(String cityCode, List<TimelineEntry> entries) {
		for (TimelineMapper.ReviewRow r : mapper.reviews(cityCode)) {
			String ref = "TITLE_REVIEW-" + r.id();
			String source = "pc_title_review:" + r.id();
			String years = Objects.equals(r.firstYear(), r.lastYear()) ? r.firstYear() + " 年度" : r.firstYear() + "—" + r.lastYear() + " 年度";
			entries.add(new TimelineEntry(r.openedAt(), "REVIEW", ref, "启动三年第三方评估(" + years + ")", SYSTEM, null, null, null, source));
			if (r.decidedAt() != null) {
				entries.add(new TimelineEntry(r.decidedAt(), "REVIEW", ref, "三年第三方评估结论(" + years + ")",
						r.evaluator() == null ? SYSTEM : r.evaluator(),
						Outcomes.label(r.rating()) + " → " + Outcomes.label(r.outcome()),
						r.outcomeReason() + (r.report() == null ? "" : "\n评估报告:" + r.report()), null, source));
			}
		}
	}

	private void panels(String cityCode, List<TimelineEntry> entries) {
		for (TimelineMapper.PanelRow p : mapper.panels(cityCode)) {
			String score = p.panelScore() == null ? "" : "(专家组评分 " + p.panelScore().stripTrailingZeros().toPlainString() + " 分)";
			entries.add(new TimelineEntry(p.decidedAt(), "PANEL", "EXPERT_REVIEW-" + p.id(),
					"专家评审结论(第 " + p.reviewRound() + " 轮):" + p.subject(), PANEL,
					(p.recommendation() == null ? "" : PANEL_RECOMMENDATIONS.getOrDefault(p.recommendation(), p.recommendation()))
							+ score, p.guidance(), null,
					"pc_review:" + p.id()));
		}
	}

	private void rectifications(String cityCode, List<TimelineEntry> entries) {
		for (TimelineMapper.RectificationRow r : mapper.rectifications(cityCode)) {
			String ref = "RECTIFICATION-" + r.id();
			String round = "(第 " + r.roundNo() + " 轮)";
			String source = "pc_rectification:" + r.id();
			entries.add(new TimelineEntry(r.noticeAt(), "RECTIFICATION", ref,
					"下达整改通知" + round + ",期限至" + DAY.format(r.deadline()), SYSTEM, null, r.reasons(), null, source));
			if (r.planAt() != null) {
				entries.add(new TimelineEntry(r.planAt(), "RECTIFICATION", ref, "提交整改方案" + round, r.planBy(), null, r.plan(), null, source));
			}
			if (r.reportAt() != null) {
				entries.add(new TimelineEntry(r.reportAt(), "RECTIFICATION", ref, "提交整改报告" + round, r.reportBy(), null,
						r.report(), null, source));
			}
			if (r.decidedAt() != null) {
				entries.add(new TimelineEntry(r.decidedAt(), "RECTIFICATION", ref, "整改结果" + round, r.decidedBy(),
						Outcomes.label(r.outcome()), r.opinion(), null, source));
			}
		}
	}

	private static String statusLabel(String status) {
		try {
			return ApplicationStatus.valueOf(status).label();
		}
		catch (IllegalArgumentException e) {
			return status;
		}
	}

	private static <E extends Enum<E>> String label(Class<E> type, String name) {
		try {
			Enum<E> value = Enum.valueOf(type, name);
			return value instanceof Programme p ? p.label() : value instanceof TitleKind k ? k.label() : name;
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return name;
		}
	}

}

package cn.pilotcity.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.Applications;
import cn.pilotcity.application.Programme;
import cn.pilotcity.city.City;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.city.Province;
import cn.pilotcity.decision.Returns;
import cn.pilotcity.document.Markdown;

/**
 * What the review forms show: computed from our tables when a task starts (input parameters such as
 * {@code ${reviewForms.drawView(execution)}}), as Markdown for the forms' text components and as option lists
 * ({@code [{label, value}]}) for their selects. Nothing here is read back; the forms submit ids and text.
 */
@Component("reviewForms")
public class ReviewForms {

	private final Reviews reviews;
	private final ReviewMapper mapper;
	private final ExpertRegistry registry;
	private final Applications applications;
	private final CityDirectory cities;
	private final Panels panels;
	private final Returns returns;
	private final ObjectMapper json = new ObjectMapper();

	ReviewForms(Reviews reviews, ReviewMapper mapper, ExpertRegistry registry, Applications applications,
			CityDirectory cities, Panels panels, Returns returns) {
		this.returns = returns;
		this.reviews = reviews;
		this.mapper = mapper;
		this.registry = registry;
		this.applications = applications;
		this.cities = cities;
		this.panels = panels;
	}

	// the national office's confirmation

	public String drawView(DelegateExecution execution) {
		Review review = review(execution);
		DrawRecord draw = reviews.draws(review.id()).stream().reduce((a, b) -> b).orElseThrow();
		Map<Long, Expert> experts = experts();
		Map<Long, Integer> loads = registry.openReviews();
		List<Member> proposed = mapper.findMembers(review.id()).stream().filter(m -> m.status() == Member.Status.PROPOSED)
				.toList();
		StringBuilder md = new StringBuilder();
		md.append("**拟定专家组**(系统随机抽取,第 ").append(draw.drawNo()).append(" 次抽取,随机种子 ").append(draw.seed())
				.append(")\n\n| 席位 | 专家 | 工作单位 | 所在地 | 专业领域 | 在审评审(含本次) |\n|---|---|---|---|---|---|\n");
		proposed.stream().filter(m -> m.role() == Member.Role.MEMBER)
				.forEach(m -> md.append(row(m.seat() + (m.seat() == 1 ? "(拟任组长)" : ""), experts.get(m.expertId()), loads)));
		md.append("\n**候补专家**(按递补顺序)\n\n| 顺序 | 专家 | 工作单位 | 所在地 | 专业领域 | 在审评审 |\n|---|---|---|---|---|---|\n");
		proposed.stream().filter(m -> m.role() == Member.Role.RESERVE)
				.forEach(m -> md.append(row(String.valueOf(m.reserveOrder()), experts.get(m.expertId()), loads)));
		Map<String, Long> reasons = draw.entries().stream().filter(e -> e.reason() != null)
				.collect(Collectors.groupingBy(e -> PanelDraw.Exclusion.valueOf(e.reason()).label(), LinkedHashMap::new,
						Collectors.counting()));
		long notDrawn = draw.entries().stream().filter(e -> "NOT_DRAWN".equals(e.outcome())).count();
		md.append("\n专家库共 ").append(draw.entries().size()).append(" 人;回避 ")
				.append(reasons.values().stream().mapToLong(Long::longValue).sum()).append(" 人");
		if (!reasons.isEmpty()) {
			md.append("(").append(reasons.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " 人")
					.collect(Collectors.joining(",")))
					.append(")");
		}
		md.append(";符合条件未抽中 ").append(notDrawn).append(" 人。[完整抽取记录](/app/draws.html?review=").append(review.id())
				.append(")");
		return md.toString();
	}

	/** Everyone proposed (panel and reserves): who may be taken off. */
	public TypedValue proposedOptions(DelegateExecution execution) {
		Review review = review(execution);
		Map<Long, Expert> experts = experts();
		return options(mapper.findMembers(review.id()).stream().filter(m -> m.status() == Member.Status.PROPOSED)
				.map(m -> option((m.role() == Member.Role.MEMBER ? "第 " + m.seat() + " 席 " : "候补 " + m.reserveOrder() + " ")
						+ experts.get(m.expertId()).name(), m.expertId()))
				.toList());
	}

	/**
	 * Who may chair: the proposed panel members, then the experts the office may add in the same step (the chair must
	 * be on the panel as it ends up; {@code Panels} refuses an expert who is neither kept nor added).
	 */
	public TypedValue chairOptions(DelegateExecution execution) {
		Review review = review(execution);
		Map<Long, Expert> experts = experts();
		List<Map<String, Object>> options = new java.util.ArrayList<>(mapper.findMembers(review.id()).stream()
				.filter(m -> m.status() == Member.Status.PROPOSED && m.role() == Member.Role.MEMBER)
				.map(m -> option(experts.get(m.expertId()).name(), m.expertId())).toList());
		eligible(review).forEach(c -> options.add(option(c.expert().name() + "(须同时增补)", c.id())));
		return options(options);
	}

	/** The expert in the first seat, the default chair. */
	public String defaultChair(DelegateExecution execution) {
		return mapper.findMembers(review(execution).id()).stream()
				.filter(m -> m.status() == Member.Status.PROPOSED && m.role() == Member.Role.MEMBER && m.seat() == 1)
				.map(m -> String.valueOf(m.expertId())).findFirst().orElse(null);
	}

	/** Eligible experts not yet proposed (least loaded first): who may be added. */
	public TypedValue eligibleOptions(DelegateExecution execution) {
		return options(eligible(review(execution)).stream()
				.map(c -> option(c.expert().name() + "(" + c.expert().employer() + "," + province(c.expert()) + ",在审 "
						+ c.load() + ")", c.id()))
				.toList());
	}

	private List<PanelDraw.Candidate> eligible(Review review) {
		PanelDraw.Applicant applicant = panels.applicant(review);
		java.util.Set<Long> onReview = panels.allOnReview(review.id());
		Map<Long, Integer> loads = registry.openReviews();
		return registry.all().stream()
				.map(e -> new PanelDraw.Candidate(e, loads.getOrDefault(e.id(), 0), registry.capOf(e)))
				.filter(c -> PanelDraw.exclusion(c, applicant, onReview).isEmpty())
				.sorted(Comparator.comparingInt(PanelDraw.Candidate::load).thenComparing(c -> c.expert().name()))
				.toList();
	}

	/**
	 * The initial value of a taglist or checklist. The Tasklist submits a list with the type of the variable it
	 * found; a null variable would make that type Null, which the engine refuses; an empty JSON list makes it Json.
	 */
	public TypedValue emptyList() {
		return jsonValue(List.of());
	}

	public Integer panelSize(DelegateExecution execution) {
		return review(execution).panelSize();
	}

	public Integer reserveCount(DelegateExecution execution) {
		return review(execution).reserveCount();
	}

	// an expert's review

	public String applicationView(DelegateExecution execution) {
		Review review = review(execution);
		Application application = applications.get(review.applicationId());
		City city = cities.city(application.cityCode());
		StringBuilder md = new StringBuilder();
		md.append("**申报城市**:").append(city.name()).append("(").append(city.provinceName()).append(")  \n**项目**:")
				.append(review.programme().label()).append(" · 第 ").append(review.reviewRound()).append(" 轮评审  \n");
		if (!application.clusters().isEmpty()) {
			md.append("**中小企业集聚区**:").append(Markdown.escape(String.join("、", application.clusters()))).append("  \n");
		}
		if (!application.organisations().isEmpty()) {
			md.append("**申报材料所列单位**:").append(Markdown.escape(String.join("、", application.organisations())))
					.append("  \n");
		}
		if (application.recommendationDoc() != null) {
			md.append("**推荐文号**:").append(Markdown.escape(application.recommendationDoc())).append("  \n");
		}
		md.append("**申报材料**(第 ").append(application.revision()).append(" 稿):\n\n")
				.append(Markdown.quote(application.summary() == null ? "" : application.summary())).append("\n\n")
				.append("[查看完整申报材料及附件](").append(pageOf(review.programme(), application.id())).append(")  \n")
				.append("[下载申报材料(Word)](/api/reviews/").append(review.id()).append("/application.docx)");
		return md.toString();
	}

	private static String pageOf(Programme programme, long applicationId) {
		return (programme == Programme.STRONG_CITY ? "/app/strong-city.html?id=" : "/app/application.html?id=") + applicationId;
	}

	/** The rubric the score form shows: one number field per criterion ({@code score1} … {@code score8}). */
	public TypedValue rubric(DelegateExecution execution) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (Criterion c : reviews.rubric(review(execution).programme())) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("code", c.code());
			item.put("name", c.name() + "（满分 " + c.maxScore().stripTrailingZeros().toPlainString() + " 分）");
			item.put("description", c.description());
			item.put("maxScore", c.maxScore());
			items.add(item);
		}
		return jsonValue(items);
	}

	/** After a reconciliation: the expert's score of the criterion at this position in the previous pass. */
	public Double previousScore(DelegateExecution execution, int position) {
		List<Criterion> rubric = reviews.rubric(review(execution).programme());
		if (position > rubric.size()) {
			return null;
		}
		BigDecimal score = previous(execution).map(a -> a.scores().get(rubric.get(position - 1).code())).orElse(null);
		return score == null ? null : score.doubleValue();
	}

	/** A field of the expert's assessment in the previous scoring pass, to prefill the form when he scores again. */
	public String previousAnswer(DelegateExecution execution, String field) {
		return previous(execution).map(a -> switch (field) {
			case "recommendation" -> a.recommendation();
			case "opinion" -> a.opinion();
			case "guidance" -> a.guidance();
			default -> null;
		}).orElse(null);
	}

	public String scoringNote(DelegateExecution execution) {
		Review review = review(execution);
		if (review.scoringPass() == 1) {
			return "请先声明有无利益冲突;如无,请按评分标准逐项打分(可保留一位小数),并填写评审意见和建议。"
					+ "在提交本人评分前,您看不到其他专家的评分。";
		}
		String asked = returns.describeLastReturn("REVIEW", review.id(), "RESCORE", "Task_Reconcile")
				.map(by -> "\n\n请重新评分:" + Markdown.escape(by)).orElse("");
		return "专家组评分差异较大,组长已请专家组重新评分(第 " + review.scoringPass() + " 轮评分)。"
				+ "表中已填入您上一轮的评分,可以修改后提交。" + asked + "\n\n" + statisticsOf(review, review.scoringPass() - 1, false);
	}

	// the result

	public String statisticsView(DelegateExecution execution) {
		Review review = review(execution);
		return statisticsOf(review, review.scoringPass(), true) + "\n" + scoreSheetLink(review);
	}

	public String opinionsView(DelegateExecution execution) {
		Review review = review(execution);
		Map<Long, Expert> experts = experts();
		StringBuilder md = new StringBuilder("**各位专家的意见**\n\n");
		for (Assessment a : reviews.assessments(review.id())) {
			if (a.scoringPass() != review.scoringPass()) {
				continue;
			}
			md.append("- **").append(Markdown.escape(experts.get(a.expertId()).name())).append("**(")
					.append(Assessment.label(a.recommendation())).append(",").append(a.total().stripTrailingZeros().toPlainString())
					.append(" 分):").append(Markdown.cell(a.opinion()));
			if (a.guidance() != null) {
				md.append(" 修改建议:").append(Markdown.cell(a.guidance()));
			}
			md.append("\n");
		}
		return md.toString();
	}

	public String resultView(DelegateExecution execution) {
		Review review = review(execution);
		StringBuilder md = new StringBuilder();
		md.append("**专家组结论**:").append(Assessment.label(review.recommendation())).append("(专家组评分 ")
				.append(review.panelScore() == null ? "-" : review.panelScore().stripTrailingZeros().toPlainString())
				.append(" 分)\n\n");
		if (review.recommendationBasis() != null) {
			md.append("**结论依据**:").append(Markdown.escape(review.recommendationBasis())).append("\n\n");
		}
		reviews.fieldVisit(review.id()).filter(v -> v.findings() != null).ifPresent(v -> md.append("**实地调研结论**:")
				.append("ADJUST".equals(v.outcome()) ? "调整为“" + Assessment.label(v.adjustedRecommendation()) + "”" : "与专家组意见一致")
				.append("。").append(Markdown.cell(v.findings())).append("\n\n"));
		return md.append(opinionsView(execution)).append("\n").append(scoreSheetLink(review)).toString();
	}

	// overdue and field visit

	public String overdueView(DelegateExecution execution) {
		Review review = review(execution);
		int seat = ReviewSteps.seat(execution);
		Map<Long, Expert> experts = experts();
		String expert = panels.seated(review.id(), seat).map(m -> experts.get(m.expertId()))
				.map(e -> e.name() + "(" + e.employer() + ")").orElse("(空缺)");
		Optional<String> next = mapper.findMembers(review.id()).stream().filter(Member::isWaitingReserve)
				.min(Comparator.comparing(Member::reserveOrder)).map(m -> experts.get(m.expertId()).name());
		return "第 " + seat + " 席专家 **" + Markdown.escape(expert) + "** 的评审任务已超过办理期限,尚未提交。\n\n"
				+ "转交后," + next.map(n -> "下一位候补专家 **" + Markdown.escape(n) + "** 将接替该席位并获得新的办理期限。")
						.orElse("候补专家已用尽,系统将从专家库中按回避规则补充抽取一位专家。")
				+ "继续等待则该任务保留,不再提醒。";
	}

	public String fieldVisitView(DelegateExecution execution) {
		Review review = review(execution);
		FieldVisit visit = mapper.findFieldVisit(review.id()).orElse(null);
		Map<Long, Expert> experts = experts();
		StringBuilder md = new StringBuilder("**提出实地调研**:")
				.append(visit == null ? "" : Markdown.escape(visit.requestedBy())).append("\n\n");
		reviews.assessments(review.id()).stream().filter(a -> a.scoringPass() == review.scoringPass())
				.filter(Assessment::fieldVisitRequested).forEach(a -> md.append("- ")
						.append(Markdown.escape(experts.get(a.expertId()).name())).append(":")
						.append(Markdown.cell(a.fieldVisitReason())).append("\n"));
		return md.append("\n").append(statisticsOf(review, review.scoringPass(), false)).toString();
	}

	/** The seated panel members: who may join the field visit. */
	public TypedValue teamOptions(DelegateExecution execution) {
		Review review = review(execution);
		Map<Long, Expert> experts = experts();
		return options(mapper.findMembers(review.id()).stream().filter(Member::isSeated)
				.map(m -> option(experts.get(m.expertId()).name() + "(" + experts.get(m.expertId()).employer() + ")",
						m.expertId()))
				.toList());
	}

	public String findingsView(DelegateExecution execution) {
		Review review = review(execution);
		FieldVisit visit = reviews.fieldVisit(review.id()).orElseThrow();
		Map<Long, Expert> experts = experts();
		return "**调研日期**:" + visit.visitDate() + "  \n**调研专家**:"
				+ visit.team().stream().map(id -> Markdown.escape(experts.get(id).name())).collect(Collectors.joining("、"))
				+ "  \n**调研安排**:" + Markdown.cell(visit.plan()) + "\n\n" + statisticsOf(review, review.scoringPass(), false)
				+ "\n" + scoreSheetLink(review);
	}

	// shared

	private String statisticsOf(Review review, int pass, boolean withNames) {
		List<Criterion> rubric = reviews.rubric(review.programme());
		Map<String, Statistic> statistics = mapper.findStatistics(review.id()).stream().filter(s -> s.scoringPass() == pass)
				.collect(Collectors.toMap(Statistic::criterionCode, Function.identity()));
		StringBuilder md = new StringBuilder("**专家组评分**(第 " + pass + " 轮评分)\n\n"
				+ "| 评分项 | 满分 | 平均分 | 去掉最高最低分后平均 | 最低 | 最高 | 标准差 |\n|---|---|---|---|---|---|---|\n");
		for (Criterion c : rubric) {
			md.append(statisticRow(c.name(), c.maxScore(), statistics.get(c.code())));
		}
		md.append(statisticRow("**总分**", BigDecimal.valueOf(100), statistics.get(Statistic.TOTAL)));
		List<Assessment> assessments = reviews.assessments(review.id()).stream().filter(a -> a.scoringPass() == pass).toList();
		long approve = assessments.stream().filter(a -> Assessment.APPROVE.equals(a.recommendation())).count();
		long revise = assessments.stream().filter(a -> Assessment.REVISE.equals(a.recommendation())).count();
		long reject = assessments.stream().filter(a -> Assessment.REJECT.equals(a.recommendation())).count();
		md.append("\n专家建议:建议通过 ").append(approve).append(" 人,修改完善后再议 ").append(revise).append(" 人,不建议通过 ")
				.append(reject).append(" 人。\n");
		if (withNames) {
			Map<Long, Expert> experts = experts();
			md.append("\n**各位专家的评分**\n\n| 专家 | ")
					.append(rubric.stream().map(Criterion::name).collect(Collectors.joining(" | ")))
					.append(" | 总分 | 评审建议 |\n|").append("---|".repeat(rubric.size() + 3)).append("\n");
			for (Assessment a : assessments) {
				md.append("| ").append(Markdown.cell(experts.get(a.expertId()).name())).append(" | ")
						.append(rubric.stream().map(c -> plain(a.scores().get(c.code()))).collect(Collectors.joining(" | ")))
						.append(" | ").append(plain(a.total())).append(" | ").append(Assessment.label(a.recommendation()))
						.append(" |\n");
			}
		}
		return md.toString();
	}

	static String scoreSheetLink(Review review) {
		return "[下载专家评分表(Excel)](/api/reviews/" + review.id() + "/score-sheet.xlsx)";
	}

	private static String statisticRow(String name, BigDecimal max, Statistic s) {
		if (s == null) {
			return "| " + name + " | " + plain(max) + " | - | - | - | - | - |\n";
		}
		return "| " + name + " | " + plain(max) + " | " + plain(s.mean()) + " | " + plain(s.trimmedMean()) + " | "
				+ plain(s.minScore()) + " | " + plain(s.maxScore()) + " | " + plain(s.stdDev()) + " |\n";
	}

	private static String plain(BigDecimal value) {
		return value == null ? "-" : value.stripTrailingZeros().toPlainString();
	}

	private Optional<Assessment> previous(DelegateExecution execution) {
		Review review = review(execution);
		if (review.scoringPass() == 1) {
			return Optional.empty();
		}
		return panels.seated(review.id(), ReviewSteps.seat(execution)).flatMap(m -> reviews.assessments(review.id())
				.stream().filter(a -> a.expertId() == m.expertId() && a.scoringPass() == review.scoringPass() - 1)
				.findFirst());
	}

	private String row(String position, Expert expert, Map<Long, Integer> loads) {
		return "| " + position + " | " + Markdown.cell(expert.name()) + " | " + Markdown.cell(expert.employer()) + " | "
				+ province(expert) + " | " + Markdown.cell(String.join("、", expert.fields())) + " | "
				+ loads.getOrDefault(expert.id(), 0) + " |\n";
	}

	private String province(Expert expert) {
		return cities.provinces().stream().filter(p -> p.code().equals(expert.provinceCode())).map(Province::name)
				.findFirst().orElse(expert.provinceCode());
	}

	private Map<Long, Expert> experts() {
		return registry.all().stream().collect(Collectors.toMap(Expert::id, Function.identity()));
	}

	private Review review(DelegateExecution execution) {
		return reviews.get(ReviewSteps.reviewId(execution));
	}

	private static Map<String, Object> option(String label, long value) {
		return Map.of("label", label, "value", String.valueOf(value));
	}

	private TypedValue options(List<Map<String, Object>> options) {
		return jsonValue(options);
	}

	private TypedValue jsonValue(Object value) {
		try {
			return SpinValues.jsonValue(json.writeValueAsString(value)).create();
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}

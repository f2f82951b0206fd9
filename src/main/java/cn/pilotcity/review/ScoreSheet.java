package cn.pilotcity.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.pilotcity.document.ExcelTable;

/**
 * The panel's score sheet as Excel (R-X-3): per scoring pass, every expert's score per criterion with his
 * total, recommendation and opinion, followed by the aggregates (mean, trimmed mean, min, max, standard
 * deviation); a summary sheet with the result.
 */
@Component
class ScoreSheet {

	private final Reviews reviews;
	private final ExpertRegistry registry;

	ScoreSheet(Reviews reviews, ExpertRegistry registry) {
		this.reviews = reviews;
		this.registry = registry;
	}

	byte[] of(Review review) {
		List<Criterion> rubric = reviews.rubric(review.programme());
		Map<Long, Expert> experts = registry.all().stream().collect(Collectors.toMap(Expert::id, Function.identity()));
		List<Assessment> assessments = reviews.assessments(review.id());
		List<Statistic> statistics = reviews.statistics(review.id());
		ExcelTable excel = new ExcelTable();

		excel.sheet("评审结论", review.subject() + " · 专家评审结论", List.of("项目", "内容"))
				.row("申报项目", review.programme().label())
				.row("评审轮次", "第 " + review.reviewRound() + " 轮")
				.row("评审状态", review.status().label())
				.row("专家组人数", review.panelSize())
				.row("评分轮次", review.scoringPass())
				.row("专家组评分(去掉最高最低分后平均)", review.panelScore())
				.row("专家组结论", Assessment.label(review.recommendation()))
				.row("结论依据", review.recommendationBasis())
				.row("专家组意见", review.guidance());
		reviews.fieldVisit(review.id()).ifPresent(v -> excel
				.row("实地调研提出方", v.requestedBy())
				.row("实地调研日期", v.visitDate())
				.row("实地调研结论", v.findings() == null ? null
						: ("ADJUST".equals(v.outcome()) ? "调整为" + Assessment.label(v.adjustedRecommendation()) : "与专家组意见一致")
								+ ":" + v.findings()));

		for (int pass = review.scoringPass(); pass >= 1; pass--) {
			int p = pass;
			List<String> headers = new ArrayList<>(List.of("席位", "专家", "工作单位"));
			rubric.forEach(c -> headers.add(c.name() + "(" + plain(c.maxScore()) + ")"));
			headers.addAll(List.of("总分", "评审建议", "评审意见", "修改建议", "建议实地调研", "提交时间"));
			excel.sheet("第" + pass + "轮评分", review.subject() + " · 第 " + pass + " 轮评分", headers);
			for (Assessment a : assessments.stream().filter(a -> a.scoringPass() == p).toList()) {
				Expert expert = experts.get(a.expertId());
				List<Object> row = new ArrayList<>(List.of(a.seat(), expert.name(), expert.employer()));
				rubric.forEach(c -> row.add(a.scores().get(c.code())));
				row.add(a.total());
				row.add(Assessment.label(a.recommendation()));
				row.add(a.opinion());
				row.add(a.guidance());
				row.add(a.fieldVisitRequested() ? "是:" + a.fieldVisitReason() : "否");
				row.add(a.submittedAt());
				excel.row(row.toArray());
			}
			Map<String, Statistic> byCode = statistics.stream().filter(s -> s.scoringPass() == p)
					.collect(Collectors.toMap(Statistic::criterionCode, Function.identity()));
			if (byCode.isEmpty()) {
				continue;
			}
			excel.row();
			aggregateRow(excel, "平均分", rubric, byCode, Statistic::mean);
			aggregateRow(excel, "去掉最高最低分后平均", rubric, byCode, Statistic::trimmedMean);
			aggregateRow(excel, "最低分", rubric, byCode, Statistic::minScore);
			aggregateRow(excel, "最高分", rubric, byCode, Statistic::maxScore);
			aggregateRow(excel, "标准差", rubric, byCode, Statistic::stdDev);
		}
		return excel.toBytes();
	}

	private static void aggregateRow(ExcelTable excel, String label, List<Criterion> rubric, Map<String, Statistic> byCode,
			Function<Statistic, BigDecimal> value) {
		List<Object> row = new ArrayList<>();
		row.add(null);
		row.add(label);
		row.add(null);
		rubric.forEach(c -> row.add(byCode.containsKey(c.code()) ? value.apply(byCode.get(c.code())) : null));
		row.add(byCode.containsKey(Statistic.TOTAL) ? value.apply(byCode.get(Statistic.TOTAL)) : null);
		excel.row(row.toArray());
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}

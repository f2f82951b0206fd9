package cn.pilotcity.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.pilotcity.application.Programme;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.EngineLimits;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.ValidationFailedException;

/**
 * The experts' assessments against the programme's rubric, and the panel's result: per criterion and for
 * the total, mean, trimmed mean, min, max and standard deviation, stored in {@code pc_review_statistic}.
 */
@Component
class Scoring {

	static final int MAX_TEXT = EngineLimits.MAX_TEXT;
	/** The score form has the number fields score1 … score8. */
	static final int MAX_CRITERIA = 8;
	private static final Set<String> RECOMMENDATIONS = Set.of(Assessment.APPROVE, Assessment.REVISE, Assessment.REJECT);

	/** What an expert submits. */
	record AssessmentForm(Map<String, BigDecimal> scores, String recommendation, String opinion, String guidance,
			boolean fieldVisit, String fieldVisitReason) {
	}

	/** The panel's result in a scoring pass: the statistics of the totals and the experts' votes. */
	record Result(int scoringPass, ScoreStatistics total, double approveShare, double rejectShare,
			boolean fieldVisitRequested) {
	}

	private final ReviewMapper mapper;

	Scoring(ReviewMapper mapper) {
		this.mapper = mapper;
	}

	List<Criterion> rubric(Programme programme) {
		List<Criterion> criteria = mapper.findCriteria(programme);
		if (criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
			throw new IllegalStateException("The rubric of " + programme + " in pc_review_criterion has " + criteria.size()
					+ " criteria; the score form (forms/expert-review-score.form) has fields for 1 to " + MAX_CRITERIA);
		}
		return criteria;
	}

	/** Checks the form against the rubric (the browser's checks can be bypassed) and stores it. */
	Assessment submit(Review review, Member member, AssessmentForm form, String actor, String taskId) {
		List<Criterion> rubric = rubric(review.programme());
		List<String> problems = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		List<Assessment.Score> scores = new ArrayList<>();
		for (Criterion criterion : rubric) {
			BigDecimal score = form.scores().get(criterion.code());
			if (score == null) {
				problems.add("请为“" + criterion.name() + "”评分");
			}
			else if (score.signum() < 0 || score.compareTo(criterion.maxScore()) > 0) {
				problems.add("“" + criterion.name() + "”的评分应在 0 至 " + criterion.maxScore().stripTrailingZeros().toPlainString()
						+ " 分之间");
			}
			else if (score.stripTrailingZeros().scale() > 1) {
				problems.add("“" + criterion.name() + "”的评分最多保留一位小数");
			}
			else {
				total = total.add(score);
				scores.add(new Assessment.Score(0, criterion.code(), score));
			}
		}
		if (form.recommendation() == null || !RECOMMENDATIONS.contains(form.recommendation())) {
			problems.add("请选择评审建议(建议通过、修改完善后再议或不建议通过)");
		}
		if (blank(form.opinion())) {
			problems.add("请填写评审意见");
		}
		if (Assessment.REVISE.equals(form.recommendation()) && blank(form.guidance())) {
			problems.add("建议修改完善时,请填写对申报城市的修改建议");
		}
		if (form.fieldVisit() && blank(form.fieldVisitReason())) {
			problems.add("建议实地调研时,请说明需要现场核实的内容");
		}
		tooLong(problems, form.opinion(), "评审意见");
		tooLong(problems, form.guidance(), "修改建议");
		tooLong(problems, form.fieldVisitReason(), "实地调研理由");
		if (!problems.isEmpty()) {
			throw new ValidationFailedException("评审意见不完整", problems);
		}
		boolean already = mapper.findAssessments(review.id()).stream()
				.anyMatch(a -> a.expertId() == member.expertId() && a.scoringPass() == review.scoringPass());
		if (already) {
			throw new InvalidInputException("您已提交本轮评分");
		}
		GeneratedKey key = new GeneratedKey();
		Assessment assessment = new Assessment(null, review.id(), member.expertId(), review.scoringPass(), member.seat(),
				total, form.recommendation(), form.opinion().strip(), strip(form.guidance()), form.fieldVisit(),
				form.fieldVisit() ? strip(form.fieldVisitReason()) : null, actor, EngineClock.now(), taskId);
		mapper.insertAssessment(key, assessment);
		mapper.insertScores(key.id(), scores);
		return assessment;
	}

	/** Aggregates the current scoring pass and stores the statistics (replacing earlier ones of the pass). */
	Result aggregate(Review review) {
		int pass = review.scoringPass();
		List<Assessment> assessments = assessments(review.id()).stream().filter(a -> a.scoringPass() == pass).toList();
		if (assessments.isEmpty()) {
			throw new IllegalStateException("Review " + review.id() + " has no assessment in pass " + pass);
		}
		List<Statistic> statistics = new ArrayList<>();
		List<Criterion> rubric = rubric(review.programme());
		for (Criterion criterion : rubric) {
			List<BigDecimal> scores = assessments.stream().map(a -> a.scores().get(criterion.code())).toList();
			statistics.add(Statistic.of(review.id(), pass, criterion.code(), criterion.position(), ScoreStatistics.of(scores)));
		}
		ScoreStatistics total = ScoreStatistics.of(assessments.stream().map(Assessment::total).toList());
		statistics.add(Statistic.of(review.id(), pass, Statistic.TOTAL, rubric.size() + 1, total));
		mapper.deleteStatistics(review.id(), pass);
		mapper.insertStatistics(statistics);
		double n = assessments.size();
		return new Result(pass, total,
				assessments.stream().filter(a -> Assessment.APPROVE.equals(a.recommendation())).count() / n,
				assessments.stream().filter(a -> Assessment.REJECT.equals(a.recommendation())).count() / n,
				assessments.stream().anyMatch(Assessment::fieldVisitRequested));
	}

	/** Every assessment of a review with its scores. */
	List<Assessment> assessments(long reviewId) {
		Map<Long, Map<String, BigDecimal>> scores = new java.util.HashMap<>();
		mapper.findScores(reviewId).forEach(s -> scores.computeIfAbsent(s.assessmentId(), k -> new java.util.HashMap<>())
				.put(s.criterionCode(), s.score()));
		return mapper.findAssessments(reviewId).stream().map(a -> a.withScores(scores.getOrDefault(a.id(), Map.of())))
				.toList();
	}

	private static void tooLong(List<String> problems, String text, String what) {
		if (text != null && text.length() > MAX_TEXT) {
			problems.add(what + "不能超过 " + MAX_TEXT + " 字");
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String strip(String text) {
		return blank(text) ? null : text.strip();
	}
}

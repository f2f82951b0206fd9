package cn.pilotcity.review;

import java.math.BigDecimal;

/** The panel's result for one criterion, or for the total ({@link #TOTAL}), in one scoring pass. */
public record Statistic(long reviewId, int scoringPass, String criterionCode, int position, int scoreCount,
		BigDecimal mean, BigDecimal trimmedMean, BigDecimal minScore, BigDecimal maxScore, BigDecimal stdDev) {

	public static final String TOTAL = "TOTAL";

	static Statistic of(long reviewId, int pass, String code, int position, ScoreStatistics s) {
		return new Statistic(reviewId, pass, code, position, s.count(), s.mean(), s.trimmedMean(), s.min(), s.max(),
				s.stdDev());
	}

	BigDecimal spread() {
		return maxScore.subtract(minScore);
	}
}

package cn.pilotcity.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The statistics of a set of scores: mean, trimmed mean (with at least {@value #TRIM_FROM} scores the single
 * highest and lowest are dropped, otherwise it is the mean), min, max and population standard deviation;
 * all rounded to two decimals.
 */
record ScoreStatistics(int count, BigDecimal mean, BigDecimal trimmedMean, BigDecimal min, BigDecimal max,
		BigDecimal stdDev) {

	static final int TRIM_FROM = 5;

	static ScoreStatistics of(List<BigDecimal> scores) {
		if (scores.isEmpty()) {
			throw new IllegalArgumentException("no scores");
		}
		List<BigDecimal> sorted = new ArrayList<>(scores);
		Collections.sort(sorted);
		BigDecimal mean = mean(sorted);
		BigDecimal trimmed = sorted.size() >= TRIM_FROM ? mean(sorted.subList(1, sorted.size() - 1)) : mean;
		double exactMean = sum(sorted).doubleValue() / sorted.size();
		double variance = sorted.stream().mapToDouble(s -> Math.pow(s.doubleValue() - exactMean, 2)).sum() / sorted.size();
		return new ScoreStatistics(sorted.size(), mean, trimmed, round(sorted.get(0)),
				round(sorted.get(sorted.size() - 1)), round(BigDecimal.valueOf(Math.sqrt(variance))));
	}

	BigDecimal spread() {
		return max.subtract(min);
	}

	private static BigDecimal mean(List<BigDecimal> scores) {
		return sum(scores).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
	}

	private static BigDecimal sum(List<BigDecimal> scores) {
		return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal round(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}
}

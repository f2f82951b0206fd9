package cn.pilotcity.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScoreStatisticsTest {

	@Test
	@DisplayName("R-SME-6: from five scores on, the trimmed mean drops the single highest and lowest")
	void trimmedMeanFromFive() {
		ScoreStatistics s = ScoreStatistics.of(scores(50, 85, 90, 90, 95));

		assertThat(s.count()).isEqualTo(5);
		assertThat(s.mean()).isEqualByComparingTo("82.00");
		assertThat(s.trimmedMean()).isEqualByComparingTo("88.33");
		assertThat(s.min()).isEqualByComparingTo("50");
		assertThat(s.max()).isEqualByComparingTo("95");
		assertThat(s.spread()).isEqualByComparingTo("45");
		assertThat(s.stdDev()).isEqualByComparingTo("16.31");
	}

	@Test
	@DisplayName("R-SME-6: with fewer than five scores the trimmed mean is the mean")
	void noTrimmingBelowFive() {
		ScoreStatistics s = ScoreStatistics.of(scores(60, 70, 80, 90));

		assertThat(s.trimmedMean()).isEqualByComparingTo(s.mean()).isEqualByComparingTo("75");
		assertThat(s.stdDev()).isEqualByComparingTo("11.18");
	}

	@Test
	@DisplayName("R-SME-6: one score — no spread, no deviation")
	void single() {
		ScoreStatistics s = ScoreStatistics.of(scores(77.5));

		assertThat(s.mean()).isEqualByComparingTo("77.5");
		assertThat(s.stdDev()).isEqualByComparingTo("0");
		assertThat(s.spread()).isEqualByComparingTo("0");
	}

	private static List<BigDecimal> scores(double... values) {
		return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
	}

}

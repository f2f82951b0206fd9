package cn.pilotcity.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-AA-3: the scoring rules of the indicator system. */
class ScoringRuleTest {

	static BigDecimal d(String s) {
		return new BigDecimal(s);
	}

	@Test
	@DisplayName("R-AA-3: PROPORTIONAL gives the share of the target reached, never more than the weight nor less than 0")
	void proportional() {
		assertThat(ScoringRule.PROPORTIONAL.score(d("10"), d("20"), d("6"))).isEqualByComparingTo("3.00");
		assertThat(ScoringRule.PROPORTIONAL.score(d("45"), d("20"), d("6"))).isEqualByComparingTo("6.00");
		assertThat(ScoringRule.PROPORTIONAL.score(d("-5"), d("20"), d("6"))).isEqualByComparingTo("0.00");
		assertThat(ScoringRule.PROPORTIONAL.score(null, d("20"), d("6"))).isEqualByComparingTo("0.00");
	}

	@Test
	@DisplayName("R-AA-3, R-AA-6: THRESHOLD gives the weight when the target is reached (e.g. at least 2 policy briefings a year)")
	void threshold() {
		assertThat(ScoringRule.THRESHOLD.score(d("2"), d("2"), d("2"))).isEqualByComparingTo("2.00");
		assertThat(ScoringRule.THRESHOLD.score(d("1"), d("2"), d("2"))).isEqualByComparingTo("0.00");
	}
}

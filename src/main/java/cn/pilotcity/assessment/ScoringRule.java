package cn.pilotcity.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** R-AA-3: how an indicator's value becomes points (the rule and its target are data, see pc_indicator). */
public enum ScoringRule {

	/** weight × min(1, max(0, value / target)) */
	PROPORTIONAL("按完成比例计分"),
	/** weight when value ≥ target, else 0 */
	THRESHOLD("达标计分"),
	/** entered by the assessors, 0 … weight */
	ASSESSOR("评审打分");

	private final String label;

	ScoringRule(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	BigDecimal score(BigDecimal value, BigDecimal target, BigDecimal weight) {
		if (value == null) {
			return BigDecimal.ZERO.setScale(2);
		}
		return switch (this) {
		case PROPORTIONAL -> {
			if (target == null || target.signum() <= 0) {
				yield weight.setScale(2, RoundingMode.HALF_UP);
			}
			BigDecimal ratio = value.divide(target, 6, RoundingMode.HALF_UP).max(BigDecimal.ZERO).min(BigDecimal.ONE);
			yield weight.multiply(ratio).setScale(2, RoundingMode.HALF_UP);
		}
		case THRESHOLD -> value.compareTo(target) >= 0 ? weight.setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO.setScale(2);
		case ASSESSOR -> throw new IllegalStateException("an assessor's score is entered, not computed");
		};
	}
}

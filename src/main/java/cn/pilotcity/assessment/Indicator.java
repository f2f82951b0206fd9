package cn.pilotcity.assessment;

import java.math.BigDecimal;
import java.util.Arrays;

import cn.pilotcity.city.TitleKind;

/**
 * One indicator of the assessment's indicator system (R-AA-3, R-AA-6), as kept in {@code pc_indicator}:
 * its dimension, weight (points), scoring rule and target, the accepted range of a reported value, and
 * the years and titles it applies to.
 */
public record Indicator(Long id, String code, String name, String unit, IndicatorPart part, Dimension dimension,
		BigDecimal weight, ScoringRule rule, BigDecimal target, boolean required, BigDecimal minValue,
		BigDecimal maxValue, String titleKinds, int position, int validFrom, Integer validTo, String source) {

	public boolean appliesTo(TitleKind kind, int year) {
		boolean inYears = validFrom <= year && (validTo == null || validTo >= year);
		return inYears && (titleKinds == null || titleKinds.isBlank()
				|| Arrays.stream(titleKinds.split(",")).map(String::strip).anyMatch(kind.name()::equals));
	}

	public boolean isObjective() {
		return part == IndicatorPart.OBJECTIVE;
	}

	/** The points a reported value earns (objective indicators). */
	public BigDecimal score(BigDecimal value) {
		return rule.score(value, target, weight);
	}

	/** The accepted range as the city reads it, e.g. "0 至 100". */
	public String rangeText() {
		if (minValue == null && maxValue == null) {
			return "不限";
		}
		if (maxValue == null) {
			return "不小于 " + plain(minValue);
		}
		if (minValue == null) {
			return "不大于 " + plain(maxValue);
		}
		return plain(minValue) + " 至 " + plain(maxValue);
	}

	public boolean inRange(BigDecimal value) {
		return (minValue == null || value.compareTo(minValue) >= 0) && (maxValue == null || value.compareTo(maxValue) <= 0);
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}

package cn.pilotcity.assessment;

import java.math.BigDecimal;

/** A value the city reported for an indicator. */
public record IndicatorValue(String indicatorCode, BigDecimal value) {
}

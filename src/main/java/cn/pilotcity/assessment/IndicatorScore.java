package cn.pilotcity.assessment;

import java.math.BigDecimal;

/** The points an indicator earned in an assessment. */
public record IndicatorScore(String indicatorCode, BigDecimal score) {
}

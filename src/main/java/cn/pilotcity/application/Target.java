package cn.pilotcity.application;

import java.math.BigDecimal;

/** A yearly target as a number, e.g. year 1, {@code SMES_CULTIVATED}, 100. */
public record Target(int yearNo, String metric, BigDecimal value) {
}

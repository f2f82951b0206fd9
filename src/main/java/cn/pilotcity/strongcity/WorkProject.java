package cn.pilotcity.strongcity;

import java.math.BigDecimal;

/**
 * R-SC-3: a work project (工作项目) of one of the five major projects: its target (with a number where it is
 * one, so the annual assessments can check it), measures, responsible unit, budget (万元) and years.
 */
public record WorkProject(MajorProject project, int position, String name, String target, BigDecimal targetValue,
		String targetUnit, String measures, String responsibleUnit, BigDecimal budget, int startYear, int endYear) {
}

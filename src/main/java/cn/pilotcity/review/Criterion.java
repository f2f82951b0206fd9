package cn.pilotcity.review;

import java.math.BigDecimal;

import cn.pilotcity.application.Programme;

/** One criterion of a programme's scoring rubric (table pc_review_criterion). */
public record Criterion(Programme programme, String code, int position, String name, String description,
		BigDecimal maxScore, String ruleRef) {
}

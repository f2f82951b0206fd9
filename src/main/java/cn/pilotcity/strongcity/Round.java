package cn.pilotcity.strongcity;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** R-SC-5: one round of expert argumentation of a plan, and the city's revision deadline after it. */
public record Round(long applicationId, int roundNo, LocalDateTime startedAt, Long reviewId, String recommendation,
		BigDecimal panelScore, String guidance, LocalDateTime concludedAt, LocalDateTime revisionDue) {
}

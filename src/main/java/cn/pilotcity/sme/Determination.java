package cn.pilotcity.sme;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** R-SME-6: the batch determination for one application, in the published ranking. */
public record Determination(long applicationId, long batchId, int ranking, BigDecimal panelScore, boolean admitted,
		String opinion, LocalDateTime decidedAt) {
}

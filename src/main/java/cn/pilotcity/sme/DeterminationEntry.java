package cn.pilotcity.sme;

import java.time.LocalDateTime;

/** R-SME-6: one city of the national office's working list while it determines a batch, as last saved. */
record DeterminationEntry(long applicationId, long batchId, boolean admitted, String opinion, String updatedBy,
		LocalDateTime updatedAt) {
}

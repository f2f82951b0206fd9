package cn.pilotcity.assessment;

import java.time.LocalDateTime;
import java.util.List;

/** R-AA-2: one submission of the city's annual report as it was submitted. */
public record ReportRevision(int revision, AnnualReport report, List<Assessments.TaskReport> tasks, boolean late,
		String submittedBy, LocalDateTime submittedAt) {

	/** The stored form of a revision (its snapshot is JSON). */
	record Row(long assessmentId, int revision, String snapshot, boolean late, String submittedBy,
			LocalDateTime submittedAt) {
	}

	/** What the snapshot holds. */
	record Snapshot(AnnualReport report, List<Assessments.TaskReport> tasks) {
	}
}

package cn.pilotcity.assessment;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** R-AA-2: every submission of a city's annual report, kept as it was submitted. */
@Service
public class ReportRevisions {

	private final AssessmentMapper mapper;
	private final ObjectMapper json;

	ReportRevisions(AssessmentMapper mapper, ObjectMapper json) {
		this.mapper = mapper;
		this.json = json;
	}

	/** Every submission of the report, oldest first (a returned report's earlier text stays readable). */
	public List<ReportRevision> of(long assessmentId) {
		return mapper.findReportRevisions(assessmentId).stream().map(row -> {
			ReportRevision.Snapshot snapshot = read(row.snapshot());
			return new ReportRevision(row.revision(), snapshot.report(), snapshot.tasks(), row.late(), row.submittedBy(),
					row.submittedAt());
		}).toList();
	}

	/** Called in the submission's transaction, after its checks. */
	void record(long assessmentId, AnnualReport report, List<Assessments.TaskReport> tasks, boolean late, String by,
			LocalDateTime at) {
		mapper.insertReportRevision(new ReportRevision.Row(assessmentId, mapper.findReportRevisions(assessmentId).size() + 1,
				write(new ReportRevision.Snapshot(report, tasks)), late, by, at));
	}

	private String write(ReportRevision.Snapshot snapshot) {
		try {
			return json.writeValueAsString(snapshot);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private ReportRevision.Snapshot read(String snapshot) {
		try {
			return json.readValue(snapshot, ReportRevision.Snapshot.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}

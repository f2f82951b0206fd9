package cn.pilotcity.timeline;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The city's rows in each feature's tables, read for the timeline only (indexed by city). */
@Mapper
interface TimelineMapper {

	record ApplicationRow(Long id, String programme, String status, String createdBy, LocalDateTime createdAt) {
	}

	record AssessmentRow(Long id, String titleKind, Integer assessedYear, LocalDateTime openedAt, String submittedBy,
			LocalDateTime submittedAt, Boolean late, Boolean reportMissing, BigDecimal totalScore, String grade,
			String gradeReason, Boolean prioritySupport, String gradedBy, LocalDateTime gradedAt) {
	}

	record UploadRow(Long id, Long assessmentId, Integer assessedYear, String fileName, Boolean accepted,
			Integer valueCount, Integer errorCount, String errors, String uploadedBy, LocalDateTime uploadedAt) {
	}

	record ReviewRow(Long id, Integer firstYear, Integer lastYear, LocalDateTime openedAt, String evaluator,
			String report, String rating, String outcome, String outcomeReason, Boolean promoted,
			LocalDateTime decidedAt) {
	}

	record RectificationRow(Long id, Integer roundNo, String reasons, LocalDateTime noticeAt, LocalDateTime deadline,
			String plan, String planBy, LocalDateTime planAt, String report, String reportBy, LocalDateTime reportAt,
			String outcome, String decidedBy, LocalDateTime decidedAt, String opinion) {
	}

	List<ApplicationRow> applications(@Param("cityCode") String cityCode);

	List<AssessmentRow> assessments(@Param("cityCode") String cityCode);

	List<UploadRow> uploads(@Param("cityCode") String cityCode);

	List<ReviewRow> reviews(@Param("cityCode") String cityCode);

	/** An expert panel's decided conclusion: what the applicant's region may see (never who scored what). */
	record PanelRow(Long id, int reviewRound, String subject, String recommendation, java.math.BigDecimal panelScore,
			String guidance, LocalDateTime decidedAt) {
	}

	List<PanelRow> panels(@Param("cityCode") String cityCode);

	List<RectificationRow> rectifications(@Param("cityCode") String cityCode);
}

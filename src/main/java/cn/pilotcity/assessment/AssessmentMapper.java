package cn.pilotcity.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.pilotcity.city.TitleKind;

@Mapper
interface AssessmentMapper {

	void insert(NewAssessment assessment);

	Optional<Assessment> findById(@Param("id") long id);

	/** Locks the row until the transaction ends (two uploads or submissions never interleave). */
	Optional<Assessment> lock(@Param("id") long id);

	Optional<Assessment> findByGrantAndYear(@Param("titleId") long titleId, @Param("grantedOn") LocalDate grantedOn,
			@Param("year") int year);

	List<Assessment> findGraded(@Param("titleId") long titleId, @Param("grantedOn") LocalDate grantedOn,
			@Param("fromYear") int fromYear, @Param("toYear") int toYear);

	List<Assessment> findGradedInYear(@Param("year") int year);

	int reopen(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

	int markReturned(@Param("id") long id);

	int submitReport(@Param("id") long id, @Param("report") AnnualReport report, @Param("by") String by,
			@Param("at") LocalDateTime at, @Param("late") boolean late);

	int markMissing(@Param("id") long id);

	int updateObjective(@Param("id") long id, @Param("objective") BigDecimal objective,
			@Param("unfinished") int unfinished);

	int updateScored(@Param("id") long id, @Param("subjective") BigDecimal subjective, @Param("total") BigDecimal total,
			@Param("by") String by);

	int updateGrade(@Param("id") long id, @Param("grade") Grade grade, @Param("reason") String reason,
			@Param("prioritySupport") boolean prioritySupport, @Param("at") LocalDateTime at);

	void insertTasks(@Param("tasks") List<AssessmentTask> tasks);

	void deleteTasks(@Param("id") long id);

	List<AssessmentTask> findTasks(@Param("id") long id);

	List<ReportRevision.Row> findReportRevisions(@Param("id") long id);

	void insertReportRevision(ReportRevision.Row row);

	void insertValues(@Param("id") long id, @Param("values") List<IndicatorValue> values);

	void deleteValues(@Param("id") long id);

	int countOfCurrentGrant(@Param("id") long id);

	List<Assessment> findOpenToCity(@Param("year") int year, @Param("kind") TitleKind kind);

	/** Locks the rows until the transaction ends, in the order of their ids (two imports never deadlock). */
	List<Assessment> lockAll(@Param("ids") List<Long> ids);

	void deleteValuesOfAll(@Param("ids") List<Long> ids);

	void insertValueRow(NationalIndicatorImport.ValueRow row);

	List<IndicatorValue> findValues(@Param("id") long id);

	void insertScores(@Param("id") long id, @Param("scores") List<IndicatorScore> scores);

	void deleteScores(@Param("id") long id);

	List<IndicatorScore> findScores(@Param("id") long id);

	void insertUpload(IndicatorUpload upload);

	List<IndicatorUpload> findUploads(@Param("id") long id);
}

package cn.pilotcity.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.pilotcity.application.Programme;

@Mapper
interface ReviewMapper {

	// reviews

	void insertReview(@Param("key") GeneratedKey key, @Param("r") Review review);

	Optional<Review> findReview(@Param("id") long id);

	List<Review> findReviewsOfApplication(@Param("applicationId") long applicationId);

	Optional<Review> findReviewOfProcess(@Param("processInstanceId") String processInstanceId);

	int updateStatus(@Param("id") long id, @Param("status") ReviewStatus status);

	int updatePanel(@Param("id") long id, @Param("panelSize") int panelSize, @Param("reserveCount") int reserveCount,
			@Param("chairSeat") Integer chairSeat, @Param("fieldVisitPlanned") boolean fieldVisitPlanned);

	int updateChairSeat(@Param("id") long id, @Param("chairSeat") Integer chairSeat);

	int updateScoringPass(@Param("id") long id, @Param("scoringPass") int scoringPass);

	int updateRecommendation(@Param("id") long id, @Param("recommendation") String recommendation,
			@Param("panelScore") BigDecimal panelScore, @Param("basis") String basis);

	int updateGuidance(@Param("id") long id, @Param("guidance") String guidance, @Param("by") String by,
			@Param("at") LocalDateTime at);

	int updateClosed(@Param("id") long id, @Param("status") ReviewStatus status, @Param("at") LocalDateTime at);

	// draws

	void insertDraw(@Param("key") GeneratedKey key, @Param("d") DrawRecord draw);

	void insertDrawEntries(@Param("drawId") long drawId, @Param("entries") List<PanelDraw.Entry> entries);

	List<DrawRecord> findDraws(@Param("reviewId") long reviewId);

	List<DrawRecord.DrawEntry> findDrawEntries(@Param("reviewId") long reviewId);

	// members

	void insertMember(@Param("m") Member member);

	List<Member> findMembers(@Param("reviewId") long reviewId);

	int deleteProposed(@Param("reviewId") long reviewId);

	int updateMember(@Param("reviewId") long reviewId, @Param("expertId") long expertId, @Param("role") Member.Role role,
			@Param("status") Member.Status status, @Param("seat") Integer seat, @Param("reserveOrder") Integer reserveOrder,
			@Param("leftAt") LocalDateTime leftAt);

	int confirmProposed(@Param("reviewId") long reviewId);

	/** Seats a waiting reserve; 0 when another transaction seated him first. */
	int promoteReserve(@Param("reviewId") long reviewId, @Param("expertId") long expertId, @Param("seat") int seat);

	/** Is the user an active panel member of a review of this application? */
	int countActiveMemberships(@Param("userId") String userId, @Param("applicationId") long applicationId);

	// events

	void insertEvent(@Param("e") MemberEvent event);

	List<MemberEvent> findEvents(@Param("reviewId") long reviewId);

	// rubric, assessments, statistics

	List<Criterion> findCriteria(@Param("programme") Programme programme);

	void insertAssessment(@Param("key") GeneratedKey key, @Param("a") Assessment assessment);

	void insertScores(@Param("assessmentId") long assessmentId, @Param("scores") List<Assessment.Score> scores);

	List<Assessment> findAssessments(@Param("reviewId") long reviewId);

	List<Assessment.Score> findScores(@Param("reviewId") long reviewId);

	int deleteStatistics(@Param("reviewId") long reviewId, @Param("scoringPass") int scoringPass);

	void insertStatistics(@Param("statistics") List<Statistic> statistics);

	List<Statistic> findStatistics(@Param("reviewId") long reviewId);

	// field visits

	void insertFieldVisit(@Param("key") GeneratedKey key, @Param("reviewId") long reviewId,
			@Param("requestedBy") String requestedBy);

	Optional<FieldVisit> findFieldVisit(@Param("reviewId") long reviewId);

	List<Long> findFieldVisitTeam(@Param("fieldVisitId") long fieldVisitId);

	int updateFieldVisitSchedule(@Param("id") long id, @Param("visitDate") LocalDate visitDate, @Param("plan") String plan,
			@Param("by") String by, @Param("at") LocalDateTime at);

	void insertFieldVisitTeam(@Param("fieldVisitId") long fieldVisitId, @Param("expertIds") List<Long> expertIds);

	int updateFieldVisitFindings(@Param("id") long id, @Param("checklist") String checklist,
			@Param("findings") String findings, @Param("outcome") String outcome,
			@Param("adjustedRecommendation") String adjustedRecommendation, @Param("by") String by,
			@Param("at") LocalDateTime at);
}

package cn.pilotcity.lifecycle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LifecycleMapper {

	void insertReview(NewRow row);

	Optional<Review> findReview(@Param("id") long id);

	Optional<Review> findReviewByYears(@Param("titleId") long titleId, @Param("grantedOn") LocalDate grantedOn,
			@Param("firstYear") int firstYear);

	int reopenReview(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

	int evaluateReview(@Param("id") long id, @Param("evaluator") String evaluator, @Param("report") String report,
			@Param("rating") String rating);

	int decideReview(@Param("id") long id, @Param("outcome") String outcome, @Param("reason") String reason,
			@Param("promoted") boolean promoted, @Param("at") LocalDateTime at);

	void insertRectification(NewRow row);

	Optional<Rectification> findRectification(@Param("id") long id);

	Optional<Rectification> findRectificationRound(@Param("reviewId") long reviewId, @Param("roundNo") int roundNo);

	int submitPlan(@Param("id") long id, @Param("plan") String plan, @Param("by") String by, @Param("at") LocalDateTime at);

	int submitReport(@Param("id") long id, @Param("report") String report, @Param("by") String by,
			@Param("at") LocalDateTime at);

	int decideRectification(@Param("id") long id, @Param("outcome") String outcome, @Param("by") String by,
			@Param("at") LocalDateTime at, @Param("opinion") String opinion);

	List<Withdrawal> findWithdrawals();

	/** The process instance of the title's current (or last) lifecycle, from {@code pc_title_lifecycle}. */
	Optional<String> findLifecycle(@Param("titleId") long titleId);

	void insertLifecycle(@Param("titleId") long titleId, @Param("processInstanceId") String processInstanceId,
			@Param("grantedOn") LocalDate grantedOn, @Param("at") LocalDateTime at);

	/** Replaces the title's lifecycle only if the row still names {@code seen}; returns the rows changed. */
	int replaceLifecycle(@Param("titleId") long titleId, @Param("seen") String seen,
			@Param("processInstanceId") String processInstanceId, @Param("grantedOn") LocalDate grantedOn,
			@Param("at") LocalDateTime at);

	/** The row of a new review or rectification round; MyBatis fills in the id. */
	class NewRow {

		Long id;
		final long titleId;
		final String cityCode;
		final LocalDate titleGrantedOn;
		final Long reviewId;
		final int firstYear;
		final int lastYear;
		final int roundNo;
		final String reasons;
		final LocalDateTime at;
		final LocalDateTime deadline;
		final String processInstanceId;

		NewRow(long titleId, String cityCode, LocalDate titleGrantedOn, Long reviewId, int firstYear, int lastYear,
				int roundNo, String reasons, LocalDateTime at, LocalDateTime deadline, String processInstanceId) {
			this.titleId = titleId;
			this.cityCode = cityCode;
			this.titleGrantedOn = titleGrantedOn;
			this.reviewId = reviewId;
			this.firstYear = firstYear;
			this.lastYear = lastYear;
			this.roundNo = roundNo;
			this.reasons = reasons;
			this.at = at;
			this.deadline = deadline;
			this.processInstanceId = processInstanceId;
		}
	}
}

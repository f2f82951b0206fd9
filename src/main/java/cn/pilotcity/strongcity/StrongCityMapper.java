package cn.pilotcity.strongcity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface StrongCityMapper {

	void deletePlan(@Param("applicationId") long applicationId);

	void insertPlan(@Param("applicationId") long applicationId, @Param("plan") ConstructionPlan plan);

	Optional<PlanRow> findPlan(@Param("applicationId") long applicationId);

	void deleteWorkProjects(@Param("applicationId") long applicationId);

	void insertWorkProjects(@Param("applicationId") long applicationId, @Param("projects") List<WorkProject> projects);

	List<WorkProject> findWorkProjects(@Param("applicationId") long applicationId);

	void insertRound(@Param("applicationId") long applicationId, @Param("roundNo") int roundNo,
			@Param("startedAt") LocalDateTime startedAt);

	int concludeRound(@Param("applicationId") long applicationId, @Param("roundNo") int roundNo,
			@Param("reviewId") Long reviewId, @Param("recommendation") String recommendation,
			@Param("panelScore") BigDecimal panelScore, @Param("guidance") String guidance,
			@Param("concludedAt") LocalDateTime concludedAt, @Param("revisionDue") LocalDateTime revisionDue);

	List<Round> findRounds(@Param("applicationId") long applicationId);

	/** Strong-city applications per status. */
	List<StageCount> countApplicationsByStatus();

	record StageCount(String status, int applications) {
	}

	void insertApproval(Approval approval);

	int recordIssuing(@Param("applicationId") long applicationId, @Param("issuingDoc") String issuingDoc,
			@Param("issuedOn") LocalDate issuedOn, @Param("issuedBy") String issuedBy);

	Optional<Approval> findApproval(@Param("applicationId") long applicationId);

	Optional<String> findDraft(@Param("applicationId") long applicationId);

	int updateDraft(@Param("applicationId") long applicationId, @Param("content") String content,
			@Param("by") String by, @Param("at") LocalDateTime at);

	void insertDraft(@Param("applicationId") long applicationId, @Param("content") String content,
			@Param("by") String by, @Param("at") LocalDateTime at);

	record PlanRow(String overallGoals, int startYear, int endYear) {
	}
}

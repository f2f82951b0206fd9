package cn.pilotcity.application;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ApplicationMapper {

	void insert(NewApplication application);

	Optional<Application> findById(@Param("id") long id);

	List<Application> findByBatch(@Param("batchId") long batchId);

	List<Application> findActive(@Param("cityCode") String cityCode, @Param("programme") Programme programme);

	int updateSubmission(@Param("id") long id, @Param("summary") String summary, @Param("revision") int revision,
			@Param("status") ApplicationStatus status, @Param("at") LocalDateTime at);

	int updateStatus(@Param("id") long id, @Param("status") ApplicationStatus status,
			@Param("from") Collection<ApplicationStatus> from, @Param("at") LocalDateTime at);

	int updateRecommendation(@Param("id") long id, @Param("doc") String doc,
			@Param("from") Collection<ApplicationStatus> from, @Param("at") LocalDateTime at);

	void deleteClusters(@Param("applicationId") long applicationId);

	void insertClusters(@Param("applicationId") long applicationId, @Param("names") List<String> names);

	void deleteOrganisations(@Param("applicationId") long applicationId);

	void insertOrganisations(@Param("applicationId") long applicationId, @Param("names") List<String> names);

	void deleteSections(@Param("applicationId") long applicationId);

	void insertSection(@Param("applicationId") long applicationId, @Param("no") int no, @Param("content") String content);

	List<Section> findSections(@Param("applicationId") long applicationId);

	void deleteTargets(@Param("applicationId") long applicationId);

	void insertTargets(@Param("applicationId") long applicationId, @Param("targets") List<Target> targets);

	List<Target> findTargets(@Param("applicationId") long applicationId);

	void deleteConditions(@Param("applicationId") long applicationId);

	void insertConditions(@Param("applicationId") long applicationId, @Param("conditions") List<ConditionRating> conditions);

	List<ConditionRating> findConditions(@Param("applicationId") long applicationId);

	void insertRevision(@Param("applicationId") long applicationId, @Param("revision") int revision,
			@Param("snapshot") String snapshot, @Param("note") String note, @Param("by") String by,
			@Param("at") LocalDateTime at);

	List<StoredRevision> findRevisions(@Param("applicationId") long applicationId);

	record Section(int sectionNo, String content) {
	}

	record StoredRevision(int revision, String snapshot, String note, String submittedBy, LocalDateTime submittedAt) {
	}
}

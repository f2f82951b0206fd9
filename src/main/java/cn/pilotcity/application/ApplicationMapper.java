package cn.pilotcity.application;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ApplicationMapper {

	void insert(NewApplication application);

	Optional<Application> findById(@Param("id") long id);

	int updateContent(@Param("id") long id, @Param("summary") String summary, @Param("revision") int revision,
			@Param("status") ApplicationStatus status);

	int updateStatus(@Param("id") long id, @Param("status") ApplicationStatus status);

	int updateRecommendation(@Param("id") long id, @Param("doc") String doc);

	void deleteClusters(@Param("applicationId") long applicationId);

	void insertClusters(@Param("applicationId") long applicationId, @Param("names") List<String> names);

	void deleteOrganisations(@Param("applicationId") long applicationId);

	void insertOrganisations(@Param("applicationId") long applicationId, @Param("names") List<String> names);
}

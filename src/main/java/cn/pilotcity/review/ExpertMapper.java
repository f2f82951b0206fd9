package cn.pilotcity.review;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ExpertMapper {

	/** An expert's number of open reviews in which he sits (or is proposed to sit) on the panel. */
	record Load(long expertId, int openReviews) {
	}

	void insert(NewExpert expert);

	void insertFields(@Param("expertId") long expertId, @Param("fields") List<String> fields);

	void insertConflict(@Param("expertId") long expertId, @Param("conflict") ExpertConflict conflict,
			@Param("declaredAt") LocalDateTime declaredAt);

	/** An expert's own row; fields and conflicts are read separately. */
	record Row(Long id, String userId, String name, String employer, String title, String provinceCode,
			String cityCode, boolean active, Integer workloadCap) {
	}

	List<Row> findAll();

	Optional<Row> findById(@Param("id") long id);

	Optional<Row> findByUserId(@Param("userId") String userId);

	record Field(long expertId, String field) {
	}

	List<Field> findFields(@Param("ids") List<Long> ids);

	List<ExpertConflict> findConflicts(@Param("ids") List<Long> ids);

	List<Load> findLoads();

	int updateActive(@Param("id") long id, @Param("active") boolean active);
}

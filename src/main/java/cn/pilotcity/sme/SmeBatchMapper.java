package cn.pilotcity.sme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SmeBatchMapper {

	void insert(NewSmeBatch batch);

	Optional<SmeBatch> findById(@Param("id") long id);

	List<SmeBatch> findAll();

	List<SmeBatch> findOpen();

	int updateStatus(@Param("id") long id, @Param("from") String from, @Param("to") String to);

	int publish(@Param("id") long id, @Param("publishedOn") LocalDate publishedOn);

	int recordNoticeDocNumber(@Param("id") long id, @Param("docNumber") String docNumber);

	void insertDetermination(Determination determination);

	List<Determination> findDeterminations(@Param("batchId") long batchId);

	List<DeterminationEntry> findEntries(@Param("batchId") long batchId);

	int updateEntry(DeterminationEntry entry);

	void insertEntry(DeterminationEntry entry);

	List<StageCount> countByStatus(@Param("batchId") long batchId);

	record StageCount(String status, int applications) {
	}
}

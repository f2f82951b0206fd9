package cn.pilotcity.decision;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DecisionMapper {

	void insert(Decision decision);

	List<Decision> findBySubject(@Param("subjectType") String subjectType, @Param("subjectId") long subjectId);

	List<Decision> findByCity(@Param("cityCode") String cityCode);

	List<Decision> findByDecider(@Param("userId") String userId, @Param("limit") int limit);
}

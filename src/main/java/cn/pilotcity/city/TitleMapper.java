package cn.pilotcity.city;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TitleMapper {

	Optional<Title> find(@Param("cityCode") String cityCode, @Param("kind") TitleKind kind);

	Optional<Title> findById(@Param("id") long id);

	List<Title> findByKind(@Param("kind") TitleKind kind);

	void insert(NewTitle title);

	int regrant(@Param("id") long id, @Param("grantedOn") LocalDate grantedOn, @Param("endsOn") LocalDate endsOn,
			@Param("source") String source);

	int updateStatus(@Param("id") long id, @Param("from") TitleStatus from, @Param("to") TitleStatus to);

	void insertEvent(TitleEvent event);

	List<TitleEvent> findEvents(@Param("cityCode") String cityCode);
}

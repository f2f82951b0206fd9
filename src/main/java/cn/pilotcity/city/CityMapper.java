package cn.pilotcity.city;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CityMapper {

	List<Province> findProvinces();

	List<City> findCities();

	Optional<City> findCity(@Param("code") String code);

	List<Title> findTitles(@Param("cityCode") String cityCode);
}

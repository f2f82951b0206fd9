package cn.pilotcity.assessment;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;

@Mapper
interface IndicatorMapper {

	List<Indicator> findAll();

	List<WorkPlanItem> findWorkPlanItems();
}

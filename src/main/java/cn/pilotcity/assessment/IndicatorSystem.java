package cn.pilotcity.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.stereotype.Service;

import cn.pilotcity.city.TitleKind;

/**
 * The indicator system and the work plans, read from our tables (R-AA-3: data, not Java). A definition
 * applies to the years from its {@code valid_from}; a changed definition is a new row, so past
 * assessments keep the definitions they were made with.
 */
@Service
public class IndicatorSystem {

	private final IndicatorMapper mapper;

	IndicatorSystem(IndicatorMapper mapper) {
		this.mapper = mapper;
	}

	/** Every indicator that applies to this title in this year, in the order of the template. */
	public List<Indicator> indicators(TitleKind kind, int year) {
		return mapper.findAll().stream().filter(i -> i.appliesTo(kind, year))
				.sorted(Comparator.comparingInt(Indicator::position).thenComparing(Indicator::code)).toList();
	}

	public List<Indicator> all() {
		return mapper.findAll();
	}

	/** R-AA-4: the tasks of the work plan in force for this title kind in this year (the latest plan not after it). */
	List<WorkPlanItem> workPlan(TitleKind kind, int year) {
		List<WorkPlanItem> items = mapper.findWorkPlanItems().stream().filter(i -> i.titleKind() == kind).toList();
		OptionalInt planYear = items.stream().mapToInt(WorkPlanItem::validFrom).filter(y -> y <= year).max();
		if (planYear.isEmpty()) {
			return List.of();
		}
		return items.stream().filter(i -> i.validFrom() == planYear.getAsInt())
				.sorted(Comparator.comparingInt(WorkPlanItem::position)).toList();
	}
}

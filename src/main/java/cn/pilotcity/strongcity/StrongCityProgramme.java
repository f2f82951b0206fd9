package cn.pilotcity.strongcity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.Titles;

/**
 * R-SC-9: about 20 strong cities by 2020, against the actuals: the cities that hold or held the title, how many
 * had it by the target year, and the applications on their way.
 */
@Component
class StrongCityProgramme {

	static final int TARGET_CITIES = 20;
	static final int TARGET_YEAR = 2020;

	record Holder(String cityCode, String cityName, LocalDate grantedOn, String status, boolean holding) {
	}

	record Progress(int targetCities, int targetYear, long holdingNow, long grantedByTargetYear, List<Holder> cities,
			Map<String, Integer> applicationsByStatus) {
	}

	private final Titles titles;
	private final CityDirectory cities;
	private final StrongCityMapper mapper;

	StrongCityProgramme(Titles titles, CityDirectory cities, StrongCityMapper mapper) {
		this.titles = titles;
		this.cities = cities;
		this.mapper = mapper;
	}

	Progress progress() {
		List<Title> granted = titles.ofKind(TitleKind.STRONG_CITY);
		List<Holder> holders = granted.stream()
				.map(t -> new Holder(t.cityCode(), cities.city(t.cityCode()).name(), t.grantedOn(), t.status().label(), t.isActive()))
				.toList();
		long holdingNow = holders.stream().filter(Holder::holding).count();
		long byTargetYear = granted.stream().filter(t -> t.grantedOn().getYear() <= TARGET_YEAR).count();
		Map<String, Integer> applications = new LinkedHashMap<>();
		mapper.countApplicationsByStatus()
				.forEach(c -> applications.put(ApplicationStatus.valueOf(c.status()).label(), c.applications()));
		return new Progress(TARGET_CITIES, TARGET_YEAR, holdingNow, byTargetYear, holders, applications);
	}
}

package cn.pilotcity.timeline;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.pilotcity.city.City;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.identity.RegionAccess;
import cn.pilotcity.system.InvalidInputException;

/** R-X-4: {@code GET /api/cities/{code}/timeline}, for the national offices, the city and its province only. */
@RestController
class TimelineController {

	record CityTimeline(City city, List<TimelineEntry> entries) {
	}

	private final Timeline timeline;
	private final CityDirectory cities;
	private final RegionAccess access;

	TimelineController(Timeline timeline, CityDirectory cities, RegionAccess access) {
		this.timeline = timeline;
		this.cities = cities;
		this.access = access;
	}

	@GetMapping("/api/cities/{code}/timeline")
	CityTimeline timeline(@PathVariable String code) {
		if (!code.matches("\\d{6}")) {
			throw new InvalidInputException("城市代码应为 6 位数字");
		}
		City city = cities.city(code);
		access.check(code, "城市代码 " + code + " 不存在");
		return new CityTimeline(city, timeline.of(code));
	}
}

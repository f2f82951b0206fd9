package cn.pilotcity.city;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.pilotcity.system.InvalidInputException;

/** Reference data: provinces, cities and the titles they hold (public to every signed-in user). */
@RestController
class CityController {

	record CityWithTitles(City city, List<Title> titles) {
	}

	private final CityDirectory cities;

	CityController(CityDirectory cities) {
		this.cities = cities;
	}

	@GetMapping("/api/provinces")
	List<Province> provinces() {
		return cities.provinces();
	}

	@GetMapping("/api/cities")
	List<City> cities() {
		return cities.cities();
	}

	@GetMapping("/api/cities/{code}")
	CityWithTitles city(@PathVariable String code) {
		if (!code.matches("\\d{6}")) {
			throw new InvalidInputException("城市代码应为 6 位数字");
		}
		return new CityWithTitles(cities.city(code), cities.titles(code));
	}
}

package cn.pilotcity.city;

import java.util.List;

import org.springframework.stereotype.Service;

import cn.pilotcity.system.NotFoundException;

/** Reads provinces, cities and their titles. */
@Service
public class CityDirectory {

	private final CityMapper mapper;

	CityDirectory(CityMapper mapper) {
		this.mapper = mapper;
	}

	public List<Province> provinces() {
		return mapper.findProvinces();
	}

	public List<City> cities() {
		return mapper.findCities();
	}

	public City city(String code) {
		return mapper.findCity(code).orElseThrow(() -> new NotFoundException("城市代码 " + code + " 不存在"));
	}

	public List<Title> titles(String cityCode) {
		return mapper.findTitles(cityCode);
	}

	/** R-SC-1: only a national IP demonstration city may apply to become a strong city. */
	public boolean isDemonstrationCity(String cityCode) {
		return titles(cityCode).stream().anyMatch(t -> t.kind() == TitleKind.DEMONSTRATION && t.isActive());
	}
}

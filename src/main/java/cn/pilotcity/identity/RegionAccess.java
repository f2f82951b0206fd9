package cn.pilotcity.identity;

import org.springframework.stereotype.Component;

import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.system.NotFoundException;

/**
 * Who may see the data of a city: the national offices, the city itself and the offices of its province.
 * Anyone else is told the thing does not exist, so that ids cannot be probed.
 */
@Component
public class RegionAccess {

	private final CurrentUser currentUser;
	private final CityDirectory cities;

	RegionAccess(CurrentUser currentUser, CityDirectory cities) {
		this.currentUser = currentUser;
		this.cities = cities;
	}

	public boolean maySee(String cityCode) {
		if (currentUser.isNational()) {
			return true;
		}
		if (currentUser.cityCode().filter(cityCode::equals).isPresent()) {
			return true;
		}
		return currentUser.provinceCode().filter(p -> p.equals(cities.city(cityCode).provinceCode())).isPresent();
	}

	/** @throws NotFoundException with the given message when the current user may not see the city's data */
	public void check(String cityCode, String notFoundMessage) {
		if (!maySee(cityCode)) {
			throw new NotFoundException(notFoundMessage);
		}
	}
}

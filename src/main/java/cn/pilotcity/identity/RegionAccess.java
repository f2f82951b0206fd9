package cn.pilotcity.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.system.NotFoundException;

/**
 * Who may see the data of a city: the national offices, the city itself and the offices of its province;
 * an application also those a feature lets read it ({@link ApplicationReaders}, e.g. its review experts).
 * Anyone else is told the thing does not exist, so that ids cannot be probed.
 */
@Component
public class RegionAccess {

	private final CurrentUser currentUser;
	private final CityDirectory cities;
	private final ObjectProvider<ApplicationReaders> readers;

	RegionAccess(CurrentUser currentUser, CityDirectory cities, ObjectProvider<ApplicationReaders> readers) {
		this.currentUser = currentUser;
		this.cities = cities;
		this.readers = readers;
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

	/** The region of the application's city, or a feature's readers of this application (e.g. its experts). */
	public boolean maySeeApplication(long applicationId, String cityCode) {
		return maySee(cityCode) || readers.orderedStream().anyMatch(r -> r.mayRead(currentUser.id(), applicationId));
	}

	/** @throws NotFoundException with the given message when the current user may not see the application */
	public void checkApplication(long applicationId, String cityCode, String notFoundMessage) {
		if (!maySeeApplication(applicationId, cityCode)) {
			throw new NotFoundException(notFoundMessage);
		}
	}
}

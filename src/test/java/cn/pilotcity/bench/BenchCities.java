package cn.pilotcity.bench;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.pilotcity.city.City;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.city.Province;
import cn.pilotcity.identity.IdentityRefresh;

/**
 * The reference data hold fewer than the 300 cities the benchmark needs: the rest are added as synthetic
 * cities (codes {@code B00148} …, numbered on from the reference cities; not GB/T 2260 codes) spread over the provinces, with their groups and
 * authorizations made as at a start.
 */
public final class BenchCities {

	private BenchCities() {
	}

	public static List<City> atLeast(int count, CityDirectory cities, JdbcTemplate jdbc, ApplicationContext context) {
		List<City> known = cities.cities();
		if (known.size() < count) {
			List<Province> provinces = cities.provinces();
			List<Object[]> rows = new ArrayList<>();
			for (int i = known.size(); i < count; i++) {
				Province province = provinces.get(i % provinces.size());
				rows.add(new Object[] { String.format("B%05d", i), "基准测试市" + i, province.code() });
			}
			jdbc.batchUpdate("INSERT INTO pc_city (code, name, province_code) VALUES (?, ?, ?)", rows);
			IdentityRefresh.run(context);
			known = cities.cities();
		}
		return known.subList(0, count);
	}
}

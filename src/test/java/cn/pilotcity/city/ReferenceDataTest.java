package cn.pilotcity.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import cn.pilotcity.support.PilotCityTest;

/** The reference data of provinces and cities, on whichever database the tests run. */
@PilotCityTest
class ReferenceDataTest {

	@Autowired
	CityDirectory cities;
	@Autowired
	DataSource dataSource;
	@Autowired
	Environment environment;

	@Test
	@DisplayName("The tests run on the database the profile names: MySQL/MariaDB with -Pmysql, otherwise H2")
	void runsOnTheChosenDatabase() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName() + " "
					+ connection.getMetaData().getDatabaseProductVersion();
			boolean mysql = Arrays.asList(environment.getActiveProfiles()).contains("mysql");
			assertThat(product).containsAnyOf(mysql ? new String[] { "MySQL", "MariaDB" } : new String[] { "H2" });
		}
	}

	@Test
	@DisplayName("All 31 provincial-level divisions, with their GB/T 2260 codes and Chinese names intact")
	void allProvinces() {
		List<Province> provinces = cities.provinces();
		assertThat(provinces).hasSize(31);
		assertThat(provinces).extracting(Province::code).allMatch(code -> code.matches("\\d{2}0000"));
		assertThat(provinces).contains(new Province("320000", "江苏省", "江苏"),
				new Province("650000", "新疆维吾尔自治区", "新疆"));
	}

	@Test
	@DisplayName("At least 60 prefecture-level cities, each in its province by code")
	void cities() {
		List<City> all = cities.cities();
		assertThat(all).hasSizeGreaterThanOrEqualTo(60);
		assertThat(all).allSatisfy(c -> assertThat(c.code().substring(0, 2)).isEqualTo(c.provinceCode().substring(0, 2)));
		assertThat(cities.city("320500")).isEqualTo(new City("320500", "苏州市", "320000", "江苏省"));
	}

	@Test
	@DisplayName("R-SC-1: at least 20 national IP demonstration cities are flagged; a city without the title is not")
	void demonstrationCities() {
		long demonstration = cities.cities().stream().filter(c -> cities.isDemonstrationCity(c.code())).count();
		assertThat(demonstration).isGreaterThanOrEqualTo(20);
		assertThat(cities.isDemonstrationCity("320500")).isTrue();
		assertThat(cities.isDemonstrationCity("320300")).isFalse();
		assertThat(cities.titles("320500")).singleElement()
				.satisfies(t -> assertThat(t.kind()).isEqualTo(TitleKind.DEMONSTRATION));
	}
}

package cn.pilotcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.pilotcity.support.DatabaseSwitch;
import cn.pilotcity.support.Http;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/** A database outage is answered in Chinese, at once, and the application recovers by itself (docs/operations.md). */
@PilotCityTest
class DatabaseOutageTest {

	@Autowired
	DatabaseSwitch database;
	@Autowired
	TestUsers users;
	@Autowired
	TestRestTemplate rest;

	@Test
	@DisplayName("Database unreachable: our API and the REST API answer 503 in Chinese in our error shape, readiness goes down; back up, everything answers again")
	void outageInChinese() {
		Http http = new Http(rest);
		String city = users.city("320500");
		List<String> paths = List.of("/api/cities/320500", "/api/cities/320500/timeline", "/engine-rest/task", "/engine-rest/engine");
		assertThat(http.get(city, "/engine-rest/task").getStatusCode().value()).isEqualTo(200);
		database.cut();
		try {
			for (String path : paths.subList(0, 3)) {
				ResponseEntity<JsonNode> answer = http.get(city, path);
				assertThat(answer.getStatusCode().value()).as(path).isEqualTo(503);
				assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("30");
				assertThat(answer.getBody().get("message").asText()).as(path).isEqualTo(DatabaseOutage.MESSAGE);
				assertThat(answer.getBody().toString()).doesNotContain("Exception").doesNotContain("JDBC");
			}
			assertThat(rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value()).isEqualTo(503);
			assertThat(rest.getForEntity("/actuator/health/liveness", String.class).getStatusCode().value())
					.as("no restart needed").isEqualTo(200);
		}
		finally {
			database.restore();
		}
		for (String path : paths) {
			assertThat(http.get(city, path).getStatusCode().value()).as("recovered: " + path).isEqualTo(200);
		}
		assertThat(rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value()).isEqualTo(200);
	}
}

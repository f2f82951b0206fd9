package cn.pilotcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import cn.pilotcity.support.PilotCityTest;

/** The load balancer's checks (docs/operations.md): ready only once the start-up set-up has finished. */
@PilotCityTest
class ReadinessTest {

	@Autowired
	TestRestTemplate rest;

	@Test
	@DisplayName("Readiness is down (503) while the start-up set-up runs and up (200) after it; liveness is up; no details to anonymous callers")
	void readyMeansReady() {
		assertThat(ReadinessDuringSetUp.SEEN).as("asked at the first and the last step of the set-up").containsExactly(503, 503);
		ResponseEntity<String> readiness = rest.getForEntity("/actuator/health/readiness", String.class);
		assertThat(readiness.getStatusCode().value()).isEqualTo(200);
		assertThat(readiness.getBody()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(rest.getForEntity("/actuator/health/liveness", String.class).getStatusCode().value()).isEqualTo(200);
		assertThat(rest.getForEntity("/actuator/env", String.class).getStatusCode().value()).as("nothing else exposed")
				.isEqualTo(404);
	}
}

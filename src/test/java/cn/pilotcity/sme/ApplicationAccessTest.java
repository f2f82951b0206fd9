package cn.pilotcity.sme;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

import cn.pilotcity.support.Http;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/** Who may read an application and its decisions through our API. */
@PilotCityTest
class ApplicationAccessTest {

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	TestRestTemplate rest;
	@Autowired
	SmeBatches batches;

	@Test
	@DisplayName("R-X-1: the city, its province and the national office read the application with its decisions; another city or province gets 404")
	void onlyTheRegionAndTheNationalOfficeSeeAnApplication() {
		SmeApplicationDriver driver = new SmeApplicationDriver(engine, users);
		driver.openBatch(batches, SmeApplicationDriver.today().plusDays(30));
		ProcessInstance instance = driver.applyAndSubmit("320500");
		driver.smeAuthorityDecides(instance, "320000", "AGREE", "同意推荐。");
		long id = driver.applicationId(instance);
		Http http = new Http(rest);
		String path = "/api/applications/" + id;

		for (String allowed : new String[] { users.city("320500"), users.provincialIpOffice("320000"), users.cnipa() }) {
			JsonNode view = http.get(allowed, path).getBody();
			assertThat(view.get("application").get("cityCode").asText()).as(allowed).isEqualTo("320500");
			assertThat(view.get("decisions").get(1).get("opinion").asText()).isEqualTo("同意推荐。");
			assertThat(view.get("decisions").get(1).get("decidedBy").asText()).isEqualTo(users.provincialSmeAuthority("320000"));
			assertThat(view.get("content").get("sections").get("3").asText()).startsWith("第(3)部分");
		}
		for (String denied : new String[] { users.city("330100"), users.provincialIpOffice("330000") }) {
			assertThat(http.get(denied, path).getStatusCode()).as(denied).isEqualTo(HttpStatus.NOT_FOUND);
		}
	}
}

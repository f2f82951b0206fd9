package cn.pilotcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.pilotcity.support.Http;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.support.WebappSession;

/** Our own API: who may call it (HTTP Basic or the Tasklist's session), and what errors look like. */
@PilotCityTest
class ApiSecurityTest {

	@Autowired
	TestRestTemplate rest;
	@Autowired
	TestUsers users;

	Http http;

	@BeforeEach
	void init() {
		http = new Http(rest);
	}

	@Test
	@DisplayName("Without credentials our API answers 401 with a Chinese message")
	void anonymousGets401() {
		ResponseEntity<JsonNode> response = http.get(null, "/api/me");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getBody().get("message").asText()).startsWith("请先登录");
		assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
	}

	@Test
	@DisplayName("With HTTP Basic a city user is known with his city")
	void basicAuthentication() {
		JsonNode me = http.get(users.city("320500"), "/api/me").getBody();
		assertThat(me.get("id").asText()).isEqualTo(users.city("320500"));
		assertThat(me.get("cityCode").asText()).isEqualTo("320500");
		assertThat(me.get("national").asBoolean()).isFalse();
	}

	@Test
	@DisplayName("The Tasklist's login session works for our API; a change without the X-Requested-With header is refused (CSRF)")
	void tasklistSessionWorksAndIsCsrfSafe() {
		String user = users.provincialIpOffice("330000");
		WebappSession session = WebappSession.login(rest, user, TestUsers.PASSWORD);

		ResponseEntity<JsonNode> me = rest.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(session.headers()), JsonNode.class);
		assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(me.getBody().get("provinceCode").asText()).isEqualTo("330000");

		ResponseEntity<JsonNode> crossSite = rest.exchange("/api/me", HttpMethod.POST, new HttpEntity<>(session.headers()), JsonNode.class);
		assertThat(crossSite.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(crossSite.getBody().get("message").asText()).contains("请求来源无法验证");
	}

	@Test
	@DisplayName("Our pages and API send strict security headers; the Tasklist leaves out the 'create task' action no role may use")
	void securityHeadersAndTasklistPlugins() {
		ResponseEntity<String> page = rest.getForEntity("/app/application.html", String.class);
		assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
		assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
		assertThat(page.getBody()).doesNotContain("<script>");
		assertThat(http.get(users.city("320500"), "/api/me").getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(rest.getForObject("/camunda/app/tasklist/styles/user-styles.css", String.class))
				.contains(".create-task-action");
	}

	@Tag("hostile")
	@Test
	@DisplayName("Bad input to our API gets a 4xx with a Chinese message, never a stack trace")
	void badInputIsExplained() {
		ResponseEntity<JsonNode> badCode = http.get(users.city("320500"), "/api/cities/32'0500");
		assertThat(badCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badCode.getBody().get("message").asText()).isEqualTo("城市代码应为 6 位数字");
		ResponseEntity<JsonNode> unknown = http.get(users.city("320500"), "/api/cities/999999");
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getBody().get("message").asText()).contains("不存在");
		ResponseEntity<JsonNode> notANumber = http.get(users.city("320500"), "/api/applications/abc");
		assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(notANumber.getBody().toString()).doesNotContain("Exception").doesNotContain("at cn.");
	}
}

package cn.pilotcity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/** The webapps' session cookie behind the TLS load balancer (docs/operations.md). */
@PilotCityTest
class SessionCookieTest {

	@Autowired
	TestRestTemplate rest;
	@Autowired
	TestUsers users;

	@Test
	@DisplayName("Behind TLS (X-Forwarded-Proto: https from the balancer) the session cookie is Secure; always HttpOnly and SameSite=Lax")
	void sessionCookie() {
		String behindTls = sessionCookie("https");
		assertThat(behindTls).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
		String plain = sessionCookie(null);
		assertThat(plain).doesNotContain("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
	}

	private String sessionCookie(String forwardedProto) {
		String user = users.city("320500");
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", TestUsers.PASSWORD);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		if (forwardedProto != null) {
			headers.set("X-Forwarded-Proto", forwardedProto);
		}
		List<String> cookies = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
				new HttpEntity<>(form, headers), String.class).getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
		return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).reduce((a, b) -> b)
				.orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
	}
}

package cn.pilotcity.support;

import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A browser-like login to the Tasklist: the session cookie and CSRF token the webapps hand out. */
public final class WebappSession {

	private final TestRestTemplate rest;
	private String cookies = "";
	private String csrfToken;

	private WebappSession(TestRestTemplate rest) {
		this.rest = rest;
	}

	public static WebappSession login(TestRestTemplate rest, String userId, String password) {
		WebappSession session = new WebappSession(rest);
		session.remember(rest.getForEntity("/camunda/app/tasklist/", String.class));
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", userId);
		form.add("password", password);
		HttpHeaders headers = session.headers();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		ResponseEntity<String> response = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
				HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
		session.remember(response);
		if (!response.getStatusCode().is2xxSuccessful()) {
			throw new IllegalStateException("login failed: " + response.getStatusCode() + " " + response.getBody());
		}
		return session;
	}

	/** Headers of a request from the logged-in browser: the session cookie and the CSRF token. */
	public HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.COOKIE, cookies);
		if (csrfToken != null) {
			headers.set("X-XSRF-TOKEN", csrfToken);
		}
		headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
		return headers;
	}

	private void remember(ResponseEntity<?> response) {
		List<String> setCookies = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
		for (String setCookie : setCookies) {
			String pair = setCookie.split(";", 2)[0];
			String name = pair.split("=", 2)[0];
			cookies = (cookies.isEmpty() ? "" : removeCookie(cookies, name)) + (cookies.isEmpty() ? "" : "; ") + pair;
			cookies = cookies.replaceAll("^; ", "");
			if (name.equals("XSRF-TOKEN")) {
				csrfToken = pair.split("=", 2)[1];
			}
		}
		String header = response.getHeaders().getFirst("X-XSRF-TOKEN");
		if (header != null) {
			csrfToken = header;
		}
	}

	private static String removeCookie(String cookies, String name) {
		return String.join("; ", java.util.Arrays.stream(cookies.split("; "))
				.filter(c -> !c.startsWith(name + "=")).toList());
	}
}

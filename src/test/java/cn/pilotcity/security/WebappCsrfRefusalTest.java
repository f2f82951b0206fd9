package cn.pilotcity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/** The webapps' CSRF check refuses a change without the session's token, in Chinese, and keeps the user signed in. */
@PilotCityTest
class WebappCsrfRefusalTest {

	private static final String WEBAPP = "/camunda/app/tasklist/default/";
	private static final String WHO_AM_I = "/camunda/api/admin/auth/user/default";
	private static final String TASK_COUNT = "/camunda/api/engine/engine/default/task/count";

	@LocalServerPort
	int port;
	@Autowired
	TestUsers users;

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	@DisplayName("A change without the CSRF token, or with a wrong one, is refused (403, Chinese) and the session stays signed in")
	void refusedWithoutLogout() throws Exception {
		String anonymous = csrfToken(get(WEBAPP));
		String user = users.city("320500");
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
				.header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", anonymous)
				.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + TestUsers.PASSWORD)));
		assertThat(login.statusCode()).isEqualTo(200);
		HttpResponse<String> signedIn = get(WHO_AM_I);
		assertThat(signedIn.body()).contains(user);
		// signing in starts a new session with its own token, as the Tasklist reads it from the next answer
		String token = csrfToken(signedIn);

		HttpResponse<String> noToken = postCount(null);
		assertThat(noToken.statusCode()).isEqualTo(403);
		assertThat(noToken.body()).contains("安全校验未通过").contains("您仍处于登录状态");
		assertThat(noToken.headers().firstValue("X-XSRF-TOKEN")).as("the webapps fetch a token on this").hasValue("Required");
		assertThat(get(WHO_AM_I).body()).as("still signed in after a refusal without token").contains(user);

		assertThat(postCount("0123456789ABCDEF0123456789ABCDEF").statusCode()).isEqualTo(403);
		assertThat(get(WHO_AM_I).body()).as("still signed in after a wrong token").contains(user);

		HttpResponse<String> withToken = postCount(token);
		assertThat(withToken.statusCode()).as("the session's token still works").isEqualTo(200);
	}

	private HttpResponse<String> postCount(String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(TASK_COUNT)).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{}"));
		if (token != null) {
			request.header("X-XSRF-TOKEN", token);
		}
		return send(request);
	}

	private static String csrfToken(HttpResponse<String> response) {
		Optional<String> header = response.headers().firstValue("X-XSRF-TOKEN");
		return header.orElseThrow(() -> new AssertionError("no CSRF token in " + response.headers()));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return browser.send(request.build(), BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}

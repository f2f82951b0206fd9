package cn.pilotcity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import cn.pilotcity.identity.IdentityAdmin;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.support.WebappSession;

/**
 * The controls around the matrix: lock-out after wrong passwords (REST Basic, our API, the webapps' login),
 * CSRF protection of the webapps, security headers on every page and API, passwords only as hashes.
 * (Settings: {@code login-max-attempts}, {@code login-delay-*} in application.yml.)
 */
@PilotCityTest
class SecurityControlsTest {

	static final String WRONG = "Falsch-2026!x";

	@Autowired
	TestRestTemplate rest;
	@Autowired
	IdentityService identityService;
	@Autowired
	IdentityAdmin identityAdmin;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TestUsers users;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("A wrong password locks the account for a growing delay, even against the right password, on the REST API and on our API")
	void wrongPasswordDelaysTheNextLogin() {
		String user = freshUser("lock-delay");
		assertThat(status(user, TestUsers.PASSWORD, "/engine-rest/task")).isEqualTo(200);

		assertThat(status(user, WRONG, "/engine-rest/task")).isEqualTo(401);
		assertThat(status(user, TestUsers.PASSWORD, "/engine-rest/task")).as("locked for the delay").isEqualTo(401);
		assertThat(status(user, TestUsers.PASSWORD, "/api/me")).as("our API too").isEqualTo(401);

		later(4);
		assertThat(status(user, TestUsers.PASSWORD, "/api/me")).as("after the delay").isEqualTo(200);
	}

	@Test
	@DisplayName("After 10 wrong passwords the account is locked, even against the right password, for 30 minutes after the last one; then it opens by itself; the administrators are told once; an administrator may unlock it at once")
	void tenWrongPasswordsLockTheAccountForAWhile() {
		String user = freshUser("lock-max");
		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(status(user, WRONG, "/engine-rest/task")).isEqualTo(401);
			later(61);
		}
		later(29 * 60);
		assertThat(status(user, TestUsers.PASSWORD, "/engine-rest/task")).as("still locked 30 minutes after the last").isEqualTo(401);
		assertThat(webappLoginRefusal(user)).as("the login page says when the lock ends, in Chinese")
				.contains("已被锁定").containsPattern("将于 \\d{2}:\\d{2} 自动解除").contains("约 1 分钟后");
		assertThat(status(user, TestUsers.PASSWORD, "/api/me")).isEqualTo(401);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pc_notification WHERE recipient = 'admin' AND subject = ?",
				Integer.class, "【账号锁定】" + user + " 因连续输错密码已被锁定")).as("the administrators are told once").isEqualTo(1);

		later(2 * 60);
		assertThat(status(user, TestUsers.PASSWORD, "/engine-rest/task")).as("the lock ended by itself").isEqualTo(200);

		for (int attempt = 1; attempt <= 10; attempt++) {
			status(user, WRONG, "/engine-rest/task");
			later(61);
		}
		assertThat(status(user, TestUsers.PASSWORD, "/engine-rest/task")).as("locked again").isEqualTo(401);
		identityService.unlockUser(user);
		assertThat(status(user, TestUsers.PASSWORD, "/engine-rest/task")).as("unlocked by an administrator").isEqualTo(200);
	}

	@Test
	@DisplayName("The webapps' login is refused after a wrong password as well, until the delay has passed; the short delay does not tell that the account exists")
	void webappLoginIsDelayed() {
		String user = freshUser("lock-web");
		assertThat(webappLogin(user, WRONG)).isFalse();
		assertThat(webappLoginRefusal(user)).doesNotContain("锁定").doesNotContain(user);
		assertThat(webappLogin(user, TestUsers.PASSWORD)).as("locked for the delay").isFalse();
		later(4);
		assertThat(webappLogin(user, TestUsers.PASSWORD)).isTrue();
	}

	@Test
	@DisplayName("CSRF: the webapps refuse a POST without the session's token (Camunda's CsrfPreventionFilter: a login, no session handed out) and accept it with the token")
	void webappsRequireTheCsrfToken() {
		String user = users.city("320500");
		ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/", String.class);
		String cookies = String.join("; ", page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
				.map(c -> c.split(";", 2)[0]).toList());
		assertThat(cookies).contains("XSRF-TOKEN=");

		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", TestUsers.PASSWORD);
		HttpHeaders withoutToken = new HttpHeaders();
		withoutToken.set(HttpHeaders.COOKIE, cookies);
		withoutToken.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		ResponseEntity<String> forged = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
				new HttpEntity<>(form, withoutToken), String.class);
		assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(forged.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");
		assertThat(forged.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).as("no session handed out")
				.noneMatch(c -> c.startsWith("JSESSIONID=") && !cookies.contains(c.split(";", 2)[0]));

		// the same login with the token from the page (as the browser sends it) is accepted
		WebappSession session = WebappSession.login(rest, user, TestUsers.PASSWORD);
		assertThat(rest.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(session.headers()), String.class).getStatusCode())
				.isEqualTo(HttpStatus.OK);
	}

	@Test
	@DisplayName("Security headers: the webapps (Camunda's HeaderSecurityFilter), our pages and API, the REST API")
	void securityHeaders() {
		HttpHeaders tasklist = rest.getForEntity("/camunda/app/tasklist/", String.class).getHeaders();
		assertThat(tasklist.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(tasklist.getFirst("Content-Security-Policy")).contains("base-uri 'self'");
		assertThat(tasklist.getFirst("X-XSS-Protection")).isNotBlank();

		for (String page : List.of("/timeline.html", "/assessment/indicators.html", "/app/application.html",
				"/app/attachments.html", "/app/strong-city-plan.html")) {
			ResponseEntity<String> response = rest.getForEntity(page, String.class);
			assertThat(response.getStatusCode()).as(page).isEqualTo(HttpStatus.OK);
			assertThat(response.getHeaders().getFirst("Content-Security-Policy")).as(page).contains("script-src 'self'")
					.doesNotContain("unsafe-inline");
			assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
			assertThat(response.getHeaders().getFirst("X-Frame-Options")).as(page).isEqualTo("SAMEORIGIN");
			assertThat(response.getBody()).as(page + ": no inline script, the policy would block it").doesNotContain("<script>");
		}

		HttpHeaders api = exchange(users.city("320500"), TestUsers.PASSWORD, "/api/me").getHeaders();
		assertThat(api.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(api.getFirst("Cache-Control")).isEqualTo("no-store");
		HttpHeaders engineRest = exchange(users.city("320500"), TestUsers.PASSWORD, "/engine-rest/task").getHeaders();
		assertThat(engineRest.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(engineRest.getFirst("Cache-Control")).as("the engine's own").isEqualTo("no-cache");
	}

	@Test
	@DisplayName("Passwords are stored only as salted hashes, and none of our own tables has a password column")
	void passwordsOnlyAsHashes() {
		String user = freshUser("hashed");
		var entity = (org.camunda.bpm.engine.impl.persistence.entity.UserEntity) identityService.createUserQuery()
				.userId(user).singleResult();
		assertThat(entity.getPassword()).startsWith("{SHA-512}").doesNotContain(TestUsers.PASSWORD);
		assertThat(entity.getSalt()).isNotBlank();
		Integer columns = jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE UPPER(TABLE_NAME) LIKE 'PC%' "
				+ "AND (UPPER(COLUMN_NAME) LIKE '%PASSWORD%' OR UPPER(COLUMN_NAME) LIKE '%PWD%' OR UPPER(COLUMN_NAME) LIKE '%SALT%')", Integer.class);
		assertThat(columns).isZero();
	}

	private String freshUser(String prefix) {
		String id = "u-" + prefix + "-" + Long.toString(System.nanoTime(), 36);
		identityAdmin.ensureUser(id, "锁定", "测试", id + "@test.example", TestUsers.PASSWORD, List.of(Roles.city("320500")));
		return id;
	}

	private static void later(int seconds) {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000L));
	}

	private int status(String user, String password, String path) {
		return exchange(user, password, path).getStatusCode().value();
	}

	private ResponseEntity<String> exchange(String user, String password, String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, password);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	/** The answer to a refused login with the right password, as the login page shows it. */
	private String webappLoginRefusal(String user) {
		try {
			WebappSession.login(rest, user, TestUsers.PASSWORD);
			throw new AssertionError("the login of " + user + " was not refused");
		}
		catch (IllegalStateException refused) {
			assertThat(refused.getMessage()).startsWith("login failed: 401");
			return refused.getMessage();
		}
	}

	/** A browser's login to the Tasklist (page, CSRF token, then the form); false when refused. */
	private boolean webappLogin(String user, String password) {
		try {
			WebappSession.login(rest, user, password);
			return true;
		}
		catch (IllegalStateException refused) {
			assertThat(refused.getMessage()).startsWith("login failed: 4");
			return false;
		}
	}
}

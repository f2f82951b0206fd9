package cn.pilotcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.pilotcity.support.PilotCityTest;

/** A path Tomcat refuses before the application sees it is answered in Chinese, in our error shape. */
@PilotCityTest
class InvalidAddressTest {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "/api/cities%00", "/engine-rest/task/%00/form-variables", "/camunda/app/%2e%2e/%00",
			"/app/%00.html" })
	@DisplayName("A path with %00 gets a Chinese 400 in our error shape, not Tomcat's English page")
	void invalidPath(String path) throws Exception {
		HttpResponse<String> json = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "application/json").GET().build(), BodyHandlers.ofString());
		assertThat(json.statusCode()).isEqualTo(400);
		assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
		assertThat(json.body()).contains("\"message\":\"" + ChineseErrorReport.INVALID_ADDRESS + "\"").doesNotContain("Tomcat")
				.doesNotContain("Bad Request");

		HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html,application/xhtml+xml").GET().build(), BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("lang=\"zh-CN\"").contains(ChineseErrorReport.INVALID_ADDRESS)
				.doesNotContain("HTTP Status 400");
	}
}

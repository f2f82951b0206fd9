package cn.pilotcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.pilotcity.support.PilotCityTest;

/** The webapps speak Chinese: complete translations, served and chosen by the webapps' configuration. */
@PilotCityTest
class WebappTranslationTest {

	private static final String APP = "META-INF/resources/webjars/camunda/app/";
	private static final Pattern PLACEHOLDER = Pattern.compile(
			"\\{\\{[^}]*}}|%[sd]|</?(a|b|i|u|em|strong|br|p|span|div|code|pre|ul|ol|li|small|table|tr|td|th)\\b");

	@Autowired
	TestRestTemplate rest;

	private final ObjectMapper json = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	@DisplayName("zh-CN has every key of the webapp's English file, with the same placeholders and markup")
	void translationIsComplete(String app) throws IOException {
		JsonNode english = read("classpath*:" + APP + app + "/locales/en.json");
		JsonNode chinese = read("classpath*:" + APP + app + "/locales/zh-CN.json");
		Set<String> englishKeys = keys(english.get("labels"));
		assertThat(keys(chinese.get("labels"))).isEqualTo(englishKeys);
		for (String key : englishKeys) {
			assertThat(placeholders(chinese.get("labels").get(key).asText())).as(app + " " + key)
					.isEqualTo(placeholders(english.get("labels").get(key).asText()));
		}
	}

	@Test
	@DisplayName("The Tasklist is served in Chinese for every browser, without the Camunda 8 migration banner")
	void tasklistServesChinese() {
		String config = rest.getForObject("/camunda/app/tasklist/scripts/config.js", String.class);
		assertThat(config).contains("availableLocales: ['zh-CN']").contains("fallbackLocale: 'zh-CN'");
		String labels = rest.getForObject("/camunda/app/tasklist/locales/zh-CN.json", String.class);
		assertThat(labels).contains("\"AUTH_LOGOUT_SUCCESSFUL\": \"已成功退出登录\"");
		assertThat(rest.getForObject("/camunda/app/tasklist/styles/user-styles.css", String.class))
				.contains(".ce-eol-banner").contains("display: none");
		assertThat(rest.getForObject("/camunda/app/cockpit/scripts/config.js", String.class)).contains("zh-CN");
	}

	private JsonNode read(String pattern) throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
		assertThat(resources).as(pattern).isNotEmpty();
		try (InputStream in = resources[0].getInputStream()) {
			return json.readTree(in);
		}
	}

	private static Set<String> keys(JsonNode node) {
		Set<String> keys = new TreeSet<>();
		for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
			keys.add(names.next());
		}
		return keys;
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			found.add(m.group().replaceAll("\\s", ""));
		}
		return found;
	}
}

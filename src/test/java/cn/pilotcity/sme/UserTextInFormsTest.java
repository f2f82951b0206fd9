package cn.pilotcity.sme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.pilotcity.support.Http;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/**
 * What a city writes reaches the province's Tasklist form as text: a markdown link, raw HTML, an image or a bare
 * address in its summary are escaped in the form variables the Tasklist loads, so form-js shows them as written
 * (checked in headless Chromium: no link, no image in the rendered form); our tables keep the text as written.
 */
@PilotCityTest
@Tag("hostile")
class UserTextInFormsTest {

	static final String PHISHING = "请看[官方通知](http://evil.example/phish)与<a href=\"http://evil.example/a\">链接</a>"
			+ "<img src=\"http://evil.example/x.png\">,http://evil.example/bare";

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	SmeBatches batches;
	@Autowired
	TestRestTemplate rest;

	@Test
	@DisplayName("R-X-3: links, HTML and images in a city's summary and clusters reach the province's form escaped, never as markdown or HTML; the stored text is unchanged")
	void userTextIsShownAsText() {
		SmeApplicationDriver driver = new SmeApplicationDriver(engine, users);
		driver.openBatch(batches, SmeApplicationDriver.today().plusDays(30));
		ProcessInstance application = driver.apply("320300");
		Map<String, Object> draft = SmeApplicationDriver.draft("徐州高新区\n[钓鱼](http://evil.example/c)");
		draft.put("summary", PHISHING + "。以集聚区为载体,培育知识产权优势中小企业。");
		driver.submit(application, "320300", draft);

		String task = driver.task(application, SmeApplicationDriver.IP_OFFICE_TASK).getId();
		Http http = new Http(rest);
		JsonNode variables = http.get(users.provincialIpOffice("320000"), "/engine-rest/task/" + task
				+ "/form-variables?deserializeValues=false").getBody();
		String summary = variables.get("summary").get("value").asText();
		assertThat(summary).startsWith("请看\\[官方通知\\]\\(http\\://evil.example/phish\\)与\\<a href=\"http\\://evil.example/a\"\\>")
				.contains("\\<img src=").as("no unescaped < [ ] ( )").doesNotContainPattern("[^\\\\][<>\\[\\]()]");
		assertThat(variables.get("clusters").get("value").asText()).isEqualTo("徐州高新区\n\\[钓鱼\\]\\(http\\://evil.example/c\\)");
		assertThat(variables.get("cityName").get("value").asText()).as("plain text unchanged").isEqualTo("徐州市");

		JsonNode stored = http.get(users.provincialIpOffice("320000"), "/api/applications/" + driver.applicationId(application))
				.getBody();
		assertThat(stored.toString()).as("our tables keep the text as written").contains(PHISHING.replace("\"", "\\\""));
	}
}

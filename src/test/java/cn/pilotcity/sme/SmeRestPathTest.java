package cn.pilotcity.sme;

import static cn.pilotcity.sme.SmeRecommendationRestTest.restVariables;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.TitleStatus;
import cn.pilotcity.city.Titles;
import cn.pilotcity.document.Downloads;
import cn.pilotcity.support.Http;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/**
 * The whole SME pilot through the REST API, every step by the user who owns it (only the timers are the
 * engine's): CNIPA opens a batch, two cities in two provinces apply, their provinces recommend, CNIPA
 * checks, CNIPA and MIIT determine, everyone downloads the published list and notice.
 */
@PilotCityTest
class SmeRestPathTest {

	private static final String REST = "/engine-rest";

	@Autowired
	TestRestTemplate rest;
	@Autowired
	TestUsers users;
	@Autowired
	ProcessEngine engine;
	@Autowired
	SmeBatches batches;
	@Autowired
	Titles titles;
	@Autowired
	cn.pilotcity.review.ReviewTestSupport reviews;


	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("R-SME-1 … R-SME-8: a batch is opened, applied to by two cities in two provinces, recommended, checked, determined and published through REST")
	void wholeProgrammeThroughRest() throws Exception {
		Http http = new Http(rest);
		reviews.ensureExperts();
		String cnipa = users.cnipa();
		String miit = users.memberOf("miit");
		batches.all().stream().filter(b -> SmeBatch.OPEN.equals(b.status())).forEach(b -> batches.close(b.id()));
		titles.find("320500", TitleKind.SME_PILOT).filter(t -> t.status() == TitleStatus.ACTIVE)
				.ifPresent(t -> titles.changeStatus(t.id(), t.status(), TitleStatus.ENDED, LocalDate.now(), "测试前重置", null, "test"));
		LocalDate lastDay = SmeApplicationDriver.today().plusDays(20);

		assertThat(http.post(users.city("320500"), REST + "/process-definition/key/sme-batch/submit-form", Map.of())
				.getStatusCode()).as("a city cannot open a batch").isEqualTo(HttpStatus.FORBIDDEN);
		String batchId = post(http, cnipa, REST + "/process-definition/key/sme-batch/submit-form", restVariables(Map.of(
				"batchName", "REST测试批次" + System.nanoTime() % 100000, "batchYear", (long) lastDay.getYear(),
				"opensOn", SmeApplicationDriver.today().toString(), "lastDay", lastDay.toString()))).get("id").asText();

		String suzhou = apply(http, users.city("320500"));
		String hangzhou = apply(http, users.city("330100"));
		for (var province : List.of(List.of(suzhou, "320000"), List.of(hangzhou, "330000"))) {
			String instance = province.get(0);
			String code = province.get(1);
			submitTask(http, users.provincialIpOffice(code), instance, Map.of("provIpDecision", "AGREE",
					"provIpOpinion", "同意推荐。", "jointDocNumber", ("320000".equals(code) ? "苏" : "浙") + "知联推〔2026〕1号"));
			submitTask(http, users.provincialSmeAuthority(code), instance, Map.of("provSmeDecision", "AGREE",
					"provSmeOpinion", "同意推荐。"));
		}

		ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf(lastDay.plusDays(1).atStartOfDay()));
		runTimers(batchId, suzhou, hangzhou);
		for (String instance : List.of(suzhou, hangzhou)) {
			submitTask(http, cnipa, instance, Map.of("completenessDecision", "COMPLETE", "completenessOpinion", "材料齐全。"));
			reviews.complete(instance, 0.9, "方案可行,建议纳入。");
		}
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(1).toMillis() + 1000));
		runTimers(batchId);

		JsonNode proposeTask = onlyTask(http, cnipa, batchId);
		JsonNode form = http.get(cnipa, REST + "/task/" + proposeTask.get("id").asText() + "/form-variables").getBody();
		assertThat(form.get("proposalCount").get("value").asInt()).isEqualTo(2);
		long id = form.get("batchId").get("value").asLong();
		// R-SME-6: the list is worked on its page: read by both ministries, saved only by the national office
		String page = "/api/sme/batches/" + id + "/determination";
		assertThat(http.get(users.city("320500"), page).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		JsonNode list = http.get(cnipa, page).getBody();
		assertThat(list.get("editable").asBoolean()).isTrue();
		assertThat(http.get(miit, page).getBody().get("notEditable").asText()).isEqualTo("只有国家知识产权局可以拟定入选名单");
		List<Map<String, Object>> entries = new java.util.ArrayList<>();
		for (JsonNode line : list.get("lines")) {
			boolean isSuzhou = "320500".equals(line.get("cityCode").asText());
			entries.add(Map.of("applicationId", line.get("applicationId").asLong(), "admitted", isSuzhou, "opinion",
					isSuzhou ? "同意纳入。" : "暂不纳入。"));
		}
		assertThat(entries).hasSize(2);
		assertThat(http.exchange(miit, HttpMethod.PUT, page, Map.of("entries", entries)).getStatusCode())
				.as("MIIT concurs; it does not draw up the list").isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.exchange(cnipa, HttpMethod.PUT, page, Map.of("entries", entries)).getStatusCode())
				.isEqualTo(HttpStatus.NO_CONTENT);
		Map<String, Object> decisions = new java.util.HashMap<>();
		decisions.put("noticeDocNumber", Map.of("value", "国知发管字〔2026〕9号", "type", "String"));
		Map<String, Object> notADocNumber = new java.util.HashMap<>(decisions);
		notADocNumber.put("noticeDocNumber", Map.of("value", "abc", "type", "String"));
		ResponseEntity<JsonNode> refused = http.post(cnipa, REST + "/task/" + proposeTask.get("id").asText() + "/submit-form",
				Map.of("variables", notADocNumber));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().get("message").asText()).startsWith("文号格式不正确");
		assertThat(http.post(cnipa, REST + "/task/" + proposeTask.get("id").asText() + "/submit-form", Map.of("variables",
				decisions)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(http.exchange(cnipa, HttpMethod.PUT, page, Map.of("entries", entries)).getStatusCode())
				.as("once submitted, the list waits for MIIT and cannot be changed").isEqualTo(HttpStatus.FORBIDDEN);
		submitTask(http, miit, batchId, Map.of("miitDecision", "AGREE", "miitOpinion", "同意。"));

		ResponseEntity<byte[]> excel = http.download(users.city("330100"), "/api/sme/batches/" + id + "/admitted.xlsx");
		assertThat(excel.getHeaders().getContentType()).isEqualTo(Downloads.XLSX);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel.getBody()))) {
			assertThat(book.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()).isEqualTo("苏州市");
		}
		ResponseEntity<byte[]> word = http.download(cnipa, "/api/sme/batches/" + id + "/notice.docx");
		assertThat(word.getHeaders().getContentType()).isEqualTo(Downloads.DOCX);
		assertThat(word.getHeaders().getContentDisposition().getFilename()).endsWith("通知.docx");
		try (var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(
				new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(word.getBody())))) {
			assertThat(text.getText()).as("GB/T 9704: the 发文字号 under the issuing offices")
					.containsSubsequence("国家知识产权局", "国知发管字〔2026〕9号", "关于公布");
		}
		JsonNode programme = http.get(miit, "/api/sme/programme").getBody();
		assertThat(programme.get("indicators")).hasSize(4);
		assertThat(titles.find("320500", TitleKind.SME_PILOT).orElseThrow().status()).isEqualTo(TitleStatus.ACTIVE);
	}

	private String apply(Http http, String city) {
		String instance = post(http, city, REST + "/process-definition/key/sme-application/submit-form",
				Map.of("variables", Map.of("acknowledged", Map.of("value", true, "type", "Boolean")))).get("id").asText();
		attachSignedPlan(city, instance);
		submitTask(http, city, instance, SmeApplicationDriver.draft());
		return instance;
	}

	/** As the city does on its attachments page: the signed plan, before it submits (the formal check asks for it). */
	private void attachSignedPlan(String city, String instance) {
		String task = onlyTask(new Http(rest), city, instance).get("id").asText();
		long applicationId = new Http(rest).get(city, REST + "/task/" + task + "/form-variables").getBody()
				.get("applicationId").get("value").asLong();
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(city, TestUsers.PASSWORD);
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource("%PDF-1.7\n盖章申报方案\n%%EOF".getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "申报方案(盖章).pdf";
			}
		});
		body.add("kind", "SIGNED_PLAN");
		assertThat(rest.exchange("/api/applications/" + applicationId + "/attachments", HttpMethod.POST,
				new HttpEntity<>(body, headers), JsonNode.class).getStatusCode().is2xxSuccessful()).isTrue();
	}

	private void submitTask(Http http, String user, String instance, Map<String, Object> values) {
		JsonNode task = onlyTask(http, user, instance);
		ResponseEntity<JsonNode> response = http.post(user, REST + "/task/" + task.get("id").asText() + "/submit-form",
				restVariables(values));
		assertThat(response.getStatusCode()).as(task.get("name").asText() + ": " + response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	private JsonNode onlyTask(Http http, String user, String instance) {
		List<JsonNode> tasks = StreamSupport.stream(http.get(user, REST + "/task?processInstanceId=" + instance).getBody()
				.spliterator(), false).toList();
		assertThat(tasks).as(user + " tasks in " + instance).hasSize(1);
		return tasks.get(0);
	}

	private JsonNode post(Http http, String user, String path, Object body) {
		ResponseEntity<JsonNode> response = http.post(user, path, body);
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private void runTimers(String... instances) {
		for (String instance : instances) {
			engine.getManagementService().createJobQuery().processInstanceId(instance).timers().executable().list()
					.forEach(job -> engine.getManagementService().executeJob(job.getId()));
		}
	}
}

package cn.pilotcity.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
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

import cn.pilotcity.assessment.AssessmentStatus;
import cn.pilotcity.assessment.Assessments;
import cn.pilotcity.assessment.Grade;
import cn.pilotcity.assessment.IndicatorImport;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.support.Http;
import cn.pilotcity.support.IndicatorFiles;
import cn.pilotcity.support.LifecycleDriver;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.support.WebappSession;

/**
 * An annual assessment worked through the REST API and our API by the real users, and who may see and do
 * what: another city or province can neither see nor act, the timeline is scoped to the region.
 */
@PilotCityTest
class LifecycleRestTest {

	static final String REST = "/engine-rest";
	static final String HUZHOU = "330500";
	static final String SHAOXING = "330600";
	static final String ZHEJIANG = "330000";
	static final String JIANGSU = "320000";

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	IndicatorImport indicatorImport;
	@Autowired
	Assessments assessments;
	@Autowired
	TestRestTemplate rest;

	@Autowired
	LifecycleDriver driver;
	Http http;
	Title title;
	long assessmentId;
	String city;
	String otherCity;
	String province;
	String otherProvince;
	String cnipa;

	@BeforeEach
	void init() {
		http = new Http(rest);
		city = users.city(HUZHOU);
		otherCity = users.city(SHAOXING);
		province = users.provincialIpOffice(ZHEJIANG);
		otherProvince = users.provincialIpOffice(JIANGSU);
		cnipa = users.cnipa();
		title = driver.grantAfresh(HUZHOU, TitleKind.DEMONSTRATION);
		driver.startNextAssessment(title);
		assessmentId = driver.assessmentId(title);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("R-AA-2, R-X-3, R-SC-7: a whole year through the REST API as the real users: template, a rejected then an accepted upload, report, province, scoring")
	void wholeYearAsRealUsers() throws IOException {
		JsonNode cityTask = onlyTask(city);
		assertThat(cityTask.get("taskDefinitionKey").asText()).isEqualTo("Task_SubmitAnnualReport");
		assertThat(http.get(city, "/api/assessments/" + assessmentId).getBody().get("mayUpload").asBoolean()).isTrue();

		ResponseEntity<byte[]> template = http.download(city, "/api/assessments/" + assessmentId + "/indicator-template");
		assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(template.getHeaders().getContentType().toString()).startsWith("application/vnd.openxmlformats");
		assertThat(template.getHeaders().getContentDisposition().getFilename()).isEqualTo("湖州市-" + year() + "年度-指标数据模板.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
			assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo(HUZHOU);
		}

		byte[] wrong = IndicatorFiles.fill(template.getBody(), Map.of("PLEDGE_GROWTH", "很多", "PLEDGE_SME_SHARE", 180));
		ResponseEntity<JsonNode> rejected = upload(city, wrong, "湖州-指标.xlsx");
		assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(rejected.getBody().get("message").asText()).startsWith("指标数据未通过校验,未导入任何数据");
		List<String> details = texts(rejected.getBody().get("details"));
		assertThat(details).anyMatch(d -> d.startsWith("H6 单元格:指标 PLEDGE_GROWTH") && d.contains("应填写数字,实际为文字“很多”"))
				.anyMatch(d -> d.startsWith("H7 单元格:指标 PLEDGE_SME_SHARE") && d.contains("0 至 100"))
				.anyMatch(d -> d.contains("INVENTION_PER_10K") && d.contains("未填写"));
		assertThat(assessments.values(assessmentId)).as("nothing imported").isEmpty();

		ResponseEntity<JsonNode> accepted = upload(city, IndicatorFiles.fill(template.getBody(), LifecycleDriver.GOOD_VALUES), "湖州-指标.xlsx");
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(accepted.getBody().get("imported").asInt()).isEqualTo(11);
		JsonNode view = http.get(city, "/api/assessments/" + assessmentId).getBody();
		assertThat(view.get("uploads")).hasSize(2);
		assertThat(view.get("uploads").get(0).get("accepted").asBoolean()).isFalse();
		assertThat(view.get("uploads").get(1).get("accepted").asBoolean()).isTrue();

		Map<String, Object> report = new HashMap<>();
		driver.report(title, true).forEach((k, v) -> report.put(k, Map.of("value", v, "type", "String")));
		assertThat(http.post(city, REST + "/task/" + cityTask.get("id").asText() + "/submit-form", Map.of("variables", report))
				.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		JsonNode provinceTask = onlyTask(province);
		assertThat(tasks(otherProvince)).isEmpty();
		ResponseEntity<JsonNode> foreign = http.post(otherProvince, REST + "/task/" + provinceTask.get("id").asText() + "/submit-form",
				variables(Map.of("provinceDecision", "FORWARD", "provinceOpinion", "越权办理")));
		assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.post(province, REST + "/task/" + provinceTask.get("id").asText() + "/submit-form",
				variables(Map.of("provinceDecision", "FORWARD", "provinceOpinion", "同意报送。"))).getStatusCode())
				.isEqualTo(HttpStatus.NO_CONTENT);

		JsonNode scoring = onlyTask(cnipa);
		Map<String, Object> scores = new HashMap<>();
		scores.put("cnipaDecision", Map.of("value", "SCORE", "type", "String"));
		scores.put("cnipaOpinion", Map.of("value", "工作扎实。", "type", "String"));
		scores.put("scoreIdeas", Map.of("value", 18, "type", "Integer"));
		scores.put("scoreMeasures", Map.of("value", 17.5, "type", "Double"));
		scores.put("scoreInput", Map.of("value", 16, "type", "Long"));
		assertThat(http.post(cnipa, REST + "/task/" + scoring.get("id").asText() + "/submit-form", Map.of("variables", scores))
				.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(assessments.get(assessmentId).status()).isEqualTo(AssessmentStatus.GRADED);
		assertThat(assessments.get(assessmentId).grade()).isEqualTo(Grade.EXCELLENT);
		assertThat(http.get(province, "/api/assessments/" + assessmentId).getBody().get("decisions")).hasSize(2);
	}

	@Test
	@DisplayName("A report missing its parts is refused through the REST API with a 400 and every problem in Chinese; the task stays open")
	void refusedReportSaysWhy() {
		JsonNode cityTask = onlyTask(city);
		ResponseEntity<JsonNode> response = http.post(city, REST + "/task/" + cityTask.get("id").asText() + "/submit-form",
				variables(Map.of("measures", "太短")));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("message").asText()).startsWith("年度报告不完整").contains("“工作措施”不少于 20 字")
				.contains("请填写“取得成效”").contains("请先在指标数据填报页面");
		assertThat(onlyTask(city).get("id").asText()).isEqualTo(cityTask.get("id").asText());
	}

	@Test
	@DisplayName("Another city or province sees nothing of an assessment and cannot upload; the own province and the national office may look but not upload")
	void authorization() {
		assertThat(tasks(otherCity)).isEmpty();
		String path = "/api/assessments/" + assessmentId;
		assertThat(http.get(otherCity, path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.get(otherProvince, path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.get(users.memberOf("evaluators"), path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.download(otherCity, path + "/indicator-template").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		byte[] file = IndicatorFiles.fill(indicatorImport.template(assessments.get(assessmentId)), LifecycleDriver.GOOD_VALUES);
		assertThat(upload(otherCity, file, "x.xlsx").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		assertThat(http.get(province, path).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(http.get(province, path).getBody().get("mayUpload").asBoolean()).isFalse();
		assertThat(http.get(cnipa, path).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(upload(province, file, "x.xlsx").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(upload(cnipa, file, "x.xlsx").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(assessments.values(assessmentId)).isEmpty();
		assertThat(http.get(null, path).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Tag("hostile")
	@Test
	@DisplayName("R-X-3: an upload over the size limit is refused before it is read")
	void uploadSizeLimit() {
		byte[] big = new byte[2 * 1024 * 1024 + 10];
		big[0] = 'P';
		big[1] = 'K';
		big[2] = 3;
		big[3] = 4;
		ResponseEntity<JsonNode> response = upload(city, big, "big.xlsx");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("message").asText()).isEqualTo("文件超过 2 MB 上限");
	}

	@Test
	@DisplayName("The upload page's call works with the Tasklist session; without the X-Requested-With header it is refused (CSRF)")
	void uploadWithTasklistSession() {
		WebappSession session = WebappSession.login(rest, city, TestUsers.PASSWORD);
		byte[] file = IndicatorFiles.fill(indicatorImport.template(assessments.get(assessmentId)), LifecycleDriver.GOOD_VALUES);

		ResponseEntity<JsonNode> withoutHeader = rest.exchange("/api/assessments/" + assessmentId + "/indicator-data", HttpMethod.POST,
				multipart(session.headers(), file, "x.xlsx"), JsonNode.class);
		assertThat(withoutHeader.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		HttpHeaders headers = session.headers();
		headers.set("X-Requested-With", "XMLHttpRequest");
		ResponseEntity<JsonNode> withHeader = rest.exchange("/api/assessments/" + assessmentId + "/indicator-data", HttpMethod.POST,
				multipart(headers, file, "x.xlsx"), JsonNode.class);
		assertThat(withHeader.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(rest.getForEntity("/assessment/indicators.html", String.class).getBody()).contains("指标数据填报");
	}

	@Test
	@DisplayName("R-X-4: the timeline is scoped to the region: the city, its province and the national offices; anyone else gets 404")
	void timelineIsScoped() {
		String path = "/api/cities/" + HUZHOU + "/timeline";
		assertThat(http.get(city, path).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(http.get(province, path).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(http.get(cnipa, path).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(http.get(users.memberOf("miit"), path).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(http.get(otherCity, path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.get(otherProvince, path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.get(users.memberOf("evaluators"), path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.get(null, path).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(http.get(city, "/api/cities/33x500/timeline").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(http.get(city, path).getBody().get("entries")).anySatisfy(e -> assertThat(e.get("ref").asText())
				.isEqualTo("ASSESSMENT-" + assessmentId));
	}

	private int year() {
		return assessments.get(assessmentId).assessedYear();
	}



	private ResponseEntity<JsonNode> upload(String user, byte[] file, String name) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, TestUsers.PASSWORD);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		return rest.exchange("/api/assessments/" + assessmentId + "/indicator-data", HttpMethod.POST, multipart(headers, file, name),
				JsonNode.class);
	}

	private static HttpEntity<MultiValueMap<String, Object>> multipart(HttpHeaders headers, byte[] file, String name) {
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(file) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		return new HttpEntity<>(body, headers);
	}

	private List<JsonNode> tasks(String user) {
		JsonNode body = http.get(user, REST + "/task?processInstanceBusinessKey=TITLE-" + title.id()).getBody();
		return StreamSupport.stream(body.spliterator(), false).toList();
	}

	private JsonNode onlyTask(String user) {
		List<JsonNode> tasks = tasks(user);
		assertThat(tasks).hasSize(1);
		return tasks.get(0);
	}

	private static List<String> texts(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
	}

	private static Map<String, Object> variables(Map<String, String> values) {
		Map<String, Object> variables = new HashMap<>();
		values.forEach((k, v) -> variables.put(k, Map.of("value", v, "type", "String")));
		return Map.of("variables", variables);
	}
}

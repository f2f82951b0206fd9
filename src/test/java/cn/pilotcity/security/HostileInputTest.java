package cn.pilotcity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import cn.pilotcity.assessment.Assessments;
import cn.pilotcity.assessment.IndicatorImport;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.review.ReviewTestSupport;
import cn.pilotcity.review.ReviewTestSupport.OpenReview;
import cn.pilotcity.review.Reviews;
import cn.pilotcity.support.Http;
import cn.pilotcity.support.IndicatorFiles;
import cn.pilotcity.support.LifecycleDriver;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/**
 * Hostile and broken input through HTTP, as an attacker or a careless user would send it: each gets a 4xx
 * with a Chinese message, and nothing is half-written. With the earlier tests tagged {@code hostile}
 * (IndicatorWorkbookTest, AttachmentTest, DocumentsTest, UserErrorsTest, LifecycleRestTest's upload limit),
 * the whole suite runs by {@code ./mvnw -B verify -Dgroups=hostile}.
 */
@PilotCityTest
@Tag("hostile")
class HostileInputTest {

	static final String WUXI = "320200";
	static final String REST = "/engine-rest";
	static final List<String> SQL = List.of("1' OR '1'='1", "1; DROP TABLE pc_application; --", "1 OR 1=1", "%27%20OR%201=1--",
			"1\" OR \"\"=\"", "1)) UNION SELECT * FROM ACT_ID_USER --");

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	IndicatorImport indicatorImport;
	@Autowired
	Assessments assessments;
	@Autowired
	Reviews reviews;
	@Autowired
	ReviewTestSupport reviewSupport;
	@Autowired
	TestRestTemplate rest;
	@Autowired
	JdbcTemplate jdbc;

	Http http;
	@Autowired
	LifecycleDriver driver;

	@BeforeEach
	void init() {
		http = new Http(rest);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("R-X-3: broken and hostile indicator files through the API — not Excel, truncated, zip bomb, a PDF named .xlsx, wrong content type, a path in the name — 400 in Chinese, nothing imported")
	void hostileIndicatorFiles() throws IOException {
		long assessment = assessmentOf(WUXI);
		String city = users.city(WUXI);
		byte[] valid = IndicatorFiles.fill(indicatorImport.template(assessments.get(assessment)), LifecycleDriver.GOOD_VALUES);

		Map<String, byte[]> files = Map.of(
				"随便.xlsx", "这不是 Excel 文件".getBytes(StandardCharsets.UTF_8),
				"截断.xlsx", Arrays.copyOf(valid, valid.length / 2),
				"炸弹.xlsx", zipBomb(),
				"伪装.xlsx", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII),
				"空.xlsx", new byte[0]);
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			ResponseEntity<JsonNode> response = upload(city, assessment, file.getValue(), file.getKey(), MediaType.APPLICATION_OCTET_STREAM);
			assertThat(response.getStatusCode().value()).as(file.getKey()).isEqualTo(400);
			assertThat(response.getBody().get("message").asText()).as(file.getKey()).containsPattern("\\p{IsHan}");
			assertThat(response.getBody().toString()).as(file.getKey()).doesNotContain("Exception");
		}
		ResponseEntity<JsonNode> textPart = upload(city, assessment, "a,b,c".getBytes(StandardCharsets.UTF_8), "表.xlsx", MediaType.TEXT_PLAIN);
		assertThat(textPart.getStatusCode().value()).isEqualTo(400);
		assertThat(assessments.values(assessment)).as("nothing imported").isEmpty();

		ResponseEntity<JsonNode> traversal = upload(city, assessment, valid, "../../etc/passwd/..\\指标.xlsx", MediaType.APPLICATION_OCTET_STREAM);
		assertThat(traversal.getStatusCode().value()).isEqualTo(200);
		JsonNode uploads = http.get(city, "/api/assessments/" + assessment).getBody().get("uploads");
		assertThat(uploads.get(uploads.size() - 1).get("fileName").asText()).isEqualTo("指标.xlsx");
		assertThat(uploads).allSatisfy(u -> assertThat(u.get("fileName").asText()).doesNotContain("/").doesNotContain("\\").doesNotContain(".."));
	}

	@Test
	@DisplayName("R-X-3: text that a spreadsheet would run as a formula (= + - @) goes out in the score sheet as plain text, never as a formula")
	void formulaInjectionInTheScoreSheet() throws IOException {
		OpenReview review = reviewSupport.openReview();
		List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"点此\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)");
		for (int i = 0; i < hostile.size(); i++) {
			ResponseEntity<JsonNode> response = http.post(review.seatedUsers().get(i), REST + "/task/" + review.taskIds().get(i)
					+ "/submit-form", reviewSupport.scoresAsSubmitted(review, 0.9, hostile.get(i)));
			assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(204);
		}
		ResponseEntity<byte[]> sheet = http.download(users.cnipa(), "/api/reviews/" + review.reviewId() + "/score-sheet.xlsx");
		assertThat(sheet.getStatusCode().value()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.getBody()))) {
			int found = 0;
			for (Sheet s : book) {
				for (Row row : s) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).as(s.getSheetName() + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
						if (cell.getCellType() == CellType.STRING && hostile.contains(cell.getStringCellValue())) {
							assertThat(cell.getCellStyle().getQuotePrefixed()).as("shown as text: " + cell.getStringCellValue()).isTrue();
							found++;
						}
					}
				}
			}
			assertThat(found).as("every hostile opinion is in the sheet, as text").isEqualTo(hostile.size());
		}
		engine.getRuntimeService().deleteProcessInstance(review.processInstanceId(), "test finished");
	}

	@Test
	@DisplayName("Script in an opinion: our API returns it as JSON data, and no page of ours inserts server text as HTML (textContent only, no inline script)")
	void scriptInOpinionsIsShownAsText() throws IOException {
		OpenReview review = reviewSupport.openReview();
		String script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
		assertThat(http.post(review.seatedUsers().get(0), REST + "/task/" + review.taskIds().get(0) + "/submit-form",
				reviewSupport.scoresAsSubmitted(review, 0.9, script)).getStatusCode().value()).isEqualTo(204);
		ResponseEntity<JsonNode> view = http.get(users.cnipa(), "/api/reviews/" + review.reviewId());
		assertThat(view.getHeaders().getContentType().toString()).startsWith("application/json");
		assertThat(view.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(view.getBody().get("assessments").get(0).get("opinion").asText()).isEqualTo(script);

		Resource[] pages = new PathMatchingResourcePatternResolver().getResources("classpath*:static/**/*.{js,html}");
		assertThat(pages).hasSizeGreaterThan(5);
		for (Resource page : pages) {
			String text;
			try (InputStream in = page.getInputStream()) {
				text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			assertThat(text).as(page.getFilename()).doesNotContain("innerHTML").doesNotContain("outerHTML")
					.doesNotContain("insertAdjacentHTML").doesNotContain("document.write").doesNotContain("eval(")
					.doesNotContain("<script>");
		}
		engine.getRuntimeService().deleteProcessInstance(review.processInstanceId(), "test finished");
	}

	@Test
	@DisplayName("SQL metacharacters in every parameter of our API: 400 or 404 in Chinese, never a 500, and the tables unchanged")
	void sqlMetacharactersInEveryParameter() {
		long applications = count("pc_application");
		long users = count("ACT_ID_USER");
		List<String> templates = List.of("/api/applications/{}", "/api/applications/{}/revisions", "/api/applications/{}/attachments",
				"/api/applications/{}/reviews", "/api/attachments/{}", "/api/reviews/{}", "/api/reviews/{}/draws",
				"/api/reviews/{}/score-sheet.xlsx", "/api/reviews/{}/application.docx", "/api/assessments/{}",
				"/api/assessments/{}/indicator-template", "/api/cities/{}", "/api/cities/{}/timeline", "/api/sme/batches/{}/admitted.xlsx",
				"/api/sme/batches/{}/notice.docx", "/api/strong-city/applications/{}", "/api/strong-city/applications/{}/plan-draft",
				"/api/strong-city/applications/{}/approval-letter.docx", "/api/assessment-results/{}", "/api/assessment-results/{}/excel",
				"/api/indicators?year={}");
		String cnipa = this.users.cnipa();
		for (String template : templates) {
			for (String value : SQL) {
				String path = template.replace("{}", org.springframework.web.util.UriUtils.encode(value, StandardCharsets.UTF_8));
				ResponseEntity<String> response = rest.exchange(java.net.URI.create(rest.getRootUri() + path), HttpMethod.GET,
						new HttpEntity<>(basic(cnipa)), String.class);
				assertThat(response.getStatusCode().value()).as(path + " " + response.getBody()).isIn(400, 404);
				assertThat(response.getBody()).as(path).containsPattern("\\p{IsHan}").doesNotContain("Exception").doesNotContain("SQL");
			}
		}
		assertThat(count("pc_application")).isEqualTo(applications);
		assertThat(count("ACT_ID_USER")).isEqualTo(users);
	}

	@Test
	@DisplayName("Absurd numbers and dates: ids beyond any number, negative and far-future years, scores of 1e300 — 400 in Chinese, nothing stored")
	void absurdNumbersAndDates() {
		String cnipa = users.cnipa();
		for (String path : List.of("/api/applications/99999999999999999999999", "/api/applications/-1", "/api/assessment-results/99999999999",
				"/api/assessment-results/-2026", "/api/indicators?year=1e9", "/api/cities/000000/timeline")) {
			ResponseEntity<JsonNode> response = http.get(cnipa, path);
			assertThat(response.getStatusCode().value()).as(path).isIn(400, 404);
			assertThat(response.getBody().get("message").asText()).as(path).containsPattern("\\p{IsHan}");
		}

		OpenReview review = reviewSupport.openReview();
		Map<String, Object> body = reviewSupport.scoresAsSubmitted(review, 0.9, "意见。");
		@SuppressWarnings("unchecked")
		Map<String, Object> variables = new java.util.HashMap<>((Map<String, Object>) body.get("variables"));
		variables.put("score1", Map.of("value", 1e300, "type", "Double"));
		variables.put("score2", Map.of("value", -5, "type", "Integer"));
		ResponseEntity<JsonNode> refused = http.post(review.seatedUsers().get(0), REST + "/task/" + review.taskIds().get(0) + "/submit-form",
				Map.of("variables", variables));
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("message").asText()).startsWith("评审意见不完整").contains("评分应在 0 至");
		assertThat(reviews.assessments(review.reviewId())).as("nothing stored").isEmpty();
		assertThat(engine.getTaskService().createTaskQuery().taskId(review.taskIds().get(0)).count()).as("the task stays open").isOne();

		long assessment = assessmentOf(WUXI);
		byte[] absurd = IndicatorFiles.fill(indicatorImport.template(assessments.get(assessment)),
				Map.of("INVENTION_PER_10K", 1e300, "PLEDGE_GROWTH", -1e12));
		ResponseEntity<JsonNode> rejected = upload(users.city(WUXI), assessment, absurd, "指标.xlsx", MediaType.APPLICATION_OCTET_STREAM);
		assertThat(rejected.getStatusCode().value()).isEqualTo(400);
		assertThat(rejected.getBody().get("details").toString()).contains("INVENTION_PER_10K").contains("PLEDGE_GROWTH");
		assertThat(assessments.values(assessment)).isEmpty();
		engine.getRuntimeService().deleteProcessInstance(review.processInstanceId(), "test finished");
	}

	@Test
	@DisplayName("Text far over the limits (100 000 characters) in a task form and in our API: 400 in Chinese, nothing written, the task stays open")
	void textFarOverTheLimits() {
		String huge = "长".repeat(100_000);
		OpenReview review = reviewSupport.openReview();
		ResponseEntity<JsonNode> opinion = http.post(review.seatedUsers().get(0), REST + "/task/" + review.taskIds().get(0) + "/submit-form",
				reviewSupport.scoresAsSubmitted(review, 0.9, huge));
		assertThat(opinion.getStatusCode().value()).isEqualTo(400);
		assertThat(opinion.getBody().get("message").asText()).containsPattern("\\p{IsHan}").contains("4000");
		assertThat(reviews.assessments(review.reviewId())).isEmpty();
		assertThat(engine.getTaskService().createTaskQuery().taskId(review.taskIds().get(0)).count()).isOne();
		engine.getRuntimeService().deleteProcessInstance(review.processInstanceId(), "test finished");

		Title title = driver.grantAfresh(WUXI, TitleKind.DEMONSTRATION);
		driver.startNextAssessment(title);
		driver.uploadIndicators(title, LifecycleDriver.GOOD_VALUES);
		driver.citySubmits(title, true);
		String task = driver.task(title, LifecycleDriver.PROVINCE_REVIEW).getId();
		long decisionsBefore = count("pc_decision");
		ResponseEntity<JsonNode> province = http.post(users.provincialIpOffice("320000"), REST + "/task/" + task + "/submit-form",
				Map.of("variables", Map.of("provinceDecision", Map.of("value", "FORWARD", "type", "String"),
						"provinceOpinion", Map.of("value", huge, "type", "String"))));
		assertThat(province.getStatusCode().value()).isEqualTo(400);
		assertThat(province.getBody().get("message").asText()).containsPattern("\\p{IsHan}").doesNotContain("Exception");
		assertThat(count("pc_decision")).as("no decision row").isEqualTo(decisionsBefore);
		assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).as("the task stays open").isOne();
	}

	private long assessmentOf(String cityCode) {
		Title title = driver.grantAfresh(cityCode, TitleKind.DEMONSTRATION);
		driver.startNextAssessment(title);
		return driver.assessmentId(title);
	}

	private long count(String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

	private static HttpHeaders basic(String user) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, TestUsers.PASSWORD);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
		return headers;
	}

	private ResponseEntity<JsonNode> upload(String user, long assessment, byte[] content, String name, MediaType type) {
		HttpHeaders headers = basic(user);
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		HttpHeaders partHeaders = new HttpHeaders();
		partHeaders.setContentType(type);
		partHeaders.setContentDispositionFormData("file", name);
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new HttpEntity<>(new ByteArrayResource(content), partHeaders));
		return rest.exchange("/api/assessments/" + assessment + "/indicator-data", HttpMethod.POST, new HttpEntity<>(body, headers),
				JsonNode.class);
	}

	private static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] block = new byte[1024 * 1024];
			for (int i = 0; i < 100; i++) {
				zip.write(block);
			}
		}
		return bytes.toByteArray();
	}
}

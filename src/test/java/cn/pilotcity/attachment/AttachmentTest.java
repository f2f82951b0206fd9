package cn.pilotcity.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import cn.pilotcity.sme.SmeTestSupport;
import cn.pilotcity.support.Http;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/** Files of an application: limits checked on content, stored durably, readable only by those entitled. */
@PilotCityTest
class AttachmentTest {

	static final byte[] PDF = "%PDF-1.7\n测试申报方案\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	TestRestTemplate rest;
	@Autowired
	SmeTestSupport sme;
	@Autowired
	Attachments attachments;
	@Autowired
	JdbcTemplate jdbc;

	Http http;
	long applicationId;
	String suzhou;

	@BeforeEach
	void init() {
		http = new Http(rest);
		suzhou = users.city("320500");
		ProcessInstance instance = sme.draftApplication("320500");
		applicationId = sme.applicationId(instance);
	}

	@Test
	@DisplayName("R-SME-1: the city uploads its signed plan; the city, its province and CNIPA download it intact; another city or province gets 404")
	void uploadAndDownload() {
		ResponseEntity<JsonNode> uploaded = upload(suzhou, "盖章申报方案.pdf", PDF, "SIGNED_PLAN");
		assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long id = uploaded.getBody().get("id").asLong();
		assertThat(uploaded.getBody().get("sizeBytes").asLong()).isEqualTo(PDF.length);

		for (String allowed : new String[] { suzhou, users.provincialSmeAuthority("320000"), users.cnipa() }) {
			ResponseEntity<byte[]> file = http.download(allowed, "/api/attachments/" + id);
			assertThat(file.getStatusCode()).as(allowed).isEqualTo(HttpStatus.OK);
			assertThat(file.getBody()).isEqualTo(PDF);
			assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("盖章申报方案.pdf");
			assertThat(file.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		}
		for (String denied : new String[] { users.city("330100"), users.provincialIpOffice("330000") }) {
			assertThat(http.download(denied, "/api/attachments/" + id).getStatusCode()).as(denied).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(http.get(denied, "/api/applications/" + applicationId + "/attachments").getStatusCode())
					.isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(http.get(suzhou, "/api/applications/" + applicationId + "/attachments").getBody())
				.anySatisfy(a -> assertThat(a.get("kind").asText()).isEqualTo("SIGNED_PLAN"));
	}

	@Tag("hostile")
	@Test
	@DisplayName("R-SME-5: hostile files are refused with a Chinese message and nothing is stored: wrong type, a signed plan that is not PDF/OFD/Word, disguised content, empty, path in the name")
	void hostileFilesAreRefused() {
		assertRefused(upload(suzhou, "tool.exe", "MZ....".getBytes(), "SUPPORTING"), "不支持的文件类型");
		assertRefused(upload(suzhou, "plan.pdf", "<script>alert(1)</script>".getBytes(), "SUPPORTING"), "文件内容与扩展名不符");
		assertRefused(upload(suzhou, "empty.pdf", new byte[0], "SUPPORTING"), "");
		assertRefused(upload(suzhou, "plan.pdf", PDF, "NO_SUCH_KIND"), "附件类别不正确");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 };
		assertRefused(upload(suzhou, "盖章方案.png", png, "SIGNED_PLAN"), "签章的申报方案请上传 PDF、OFD 或 Word 文件");
		assertThat(http.get(suzhou, "/api/applications/" + applicationId + "/attachments").getBody()).isEmpty();

		ResponseEntity<JsonNode> traversal = upload(suzhou, "../../etc/passwd/../方案.pdf", PDF, "SUPPORTING");
		assertThat(traversal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(traversal.getBody().get("fileName").asText()).isEqualTo("方案.pdf");
	}

	@Tag("hostile")
	@Test
	@DisplayName("A file over the size limit is refused with 413 and a Chinese message")
	void tooLarge() {
		byte[] big = Arrays.copyOf(PDF, 21 * 1024 * 1024);
		ResponseEntity<JsonNode> response = upload(suzhou, "big.pdf", big, "SUPPORTING");
		assertThat(response.getStatusCode().value()).isIn(400, 413);
		assertThat(response.getBody().get("message").asText()).contains("上限");
	}

	@Tag("hostile")
	@Test
	@DisplayName("R-X-3: a name with direction overrides or other invisible characters is stored without them; a 400-character name is shortened, not refused as too large; at most 30 files per application")
	void namesAndCounts() {
		ResponseEntity<JsonNode> bidi = upload(suzhou, "申报\u202Efdp.exe\u202C\u200B方案.pdf", PDF, "SUPPORTING");
		assertThat(bidi.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(bidi.getBody().get("fileName").asText()).isEqualTo("申报fdp.exe方案.pdf").doesNotContainPattern("\\p{Cf}");

		ResponseEntity<JsonNode> longName = upload(suzhou, "很".repeat(400) + ".pdf", PDF, "SUPPORTING");
		assertThat(longName.getStatusCode()).as(String.valueOf(longName.getBody())).isEqualTo(HttpStatus.CREATED);
		assertThat(longName.getBody().get("fileName").asText()).hasSize(100).endsWith("很.pdf");

		for (int i = 3; i <= Attachments.DEFAULT_MAX_PER_APPLICATION; i++) {
			assertThat(upload(suzhou, "材料" + i + ".pdf", PDF, "SUPPORTING").getStatusCode()).isEqualTo(HttpStatus.CREATED);
		}
		assertRefused(upload(suzhou, "多一个.pdf", PDF, "SUPPORTING"), "每份申报材料最多 30 个附件");
		assertThat(http.get(suzhou, "/api/applications/" + applicationId + "/attachments").getBody()).hasSize(30);
	}

	@Test
	@DisplayName("The content of a deleted file is purged after the retention period (30 days), not before; its record stays")
	void deletedContentIsPurged() {
		long id = upload(suzhou, "作废.pdf", PDF, "SUPPORTING").getBody().get("id").asLong();
		assertThat(http.exchange(suzhou, HttpMethod.DELETE, "/api/attachments/" + id, null).getStatusCode().is2xxSuccessful()).isTrue();
		assertThat(chunks(id)).isEqualTo(1);
		attachments.purgeDeletedContent(java.time.LocalDateTime.now().plusDays(29));
		assertThat(chunks(id)).as("kept during the retention period").isEqualTo(1);
		assertThat(attachments.purgeDeletedContent(java.time.LocalDateTime.now().plusDays(31))).isPositive();
		assertThat(chunks(id)).as("purged after it").isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pc_attachment WHERE id = ?", Integer.class, id)).as("the record stays").isEqualTo(1);
	}

	private int chunks(long attachmentId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM pc_attachment_chunk WHERE attachment_id = ?", Integer.class, attachmentId);
	}

	@Test
	@DisplayName("Only the city uploads, and only while the application is in its hands; the province cannot")
	void onlyTheCityUploads() {
		ResponseEntity<JsonNode> province = upload(users.provincialIpOffice("320000"), "意见.pdf", PDF, "SUPPORTING");
		assertThat(province.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(province.getBody().get("message").asText()).isEqualTo("只有申报城市可以修改申报材料");
	}

	private void assertRefused(ResponseEntity<JsonNode> response, String message) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("message").asText()).contains(message);
	}

	private ResponseEntity<JsonNode> upload(String user, String name, byte[] content, String kind) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, TestUsers.PASSWORD);
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		body.add("kind", kind);
		return rest.exchange("/api/applications/" + applicationId + "/attachments", HttpMethod.POST,
				new HttpEntity<>(body, headers), JsonNode.class);
	}
}

package cn.pilotcity.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

/** HTTP calls as a user (HTTP Basic) or anonymously, against the running application. */
public class Http {

	private final TestRestTemplate rest;

	public Http(TestRestTemplate rest) {
		this.rest = rest;
	}

	public ResponseEntity<JsonNode> get(String userId, String path) {
		return exchange(userId, HttpMethod.GET, path, null);
	}

	public ResponseEntity<JsonNode> post(String userId, String path, Object body) {
		return exchange(userId, HttpMethod.POST, path, body);
	}

	public ResponseEntity<byte[]> download(String userId, String path) {
		return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(userId)), byte[].class);
	}

	public ResponseEntity<JsonNode> exchange(String userId, HttpMethod method, String path, Object body) {
		HttpHeaders headers = headers(userId);
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
	}

	/** A file sent as the form field "file" (multipart), as our upload pages send it. */
	public ResponseEntity<JsonNode> upload(String userId, String path, byte[] file, String fileName) {
		HttpHeaders headers = headers(userId);
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(file) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
	}

	private static HttpHeaders headers(String userId) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
		if (userId != null) {
			headers.setBasicAuth(userId, TestUsers.PASSWORD);
		}
		return headers;
	}
}

package cn.pilotcity.document;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The HTTP response that hands a generated file to the browser, with its Chinese file name intact. */
public final class Downloads {

	public static final MediaType XLSX = MediaType
			.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	public static final MediaType DOCX = MediaType
			.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private Downloads() {
	}

	public static ResponseEntity<byte[]> excel(String fileName, byte[] content) {
		return file(fileName, XLSX, content);
	}

	public static ResponseEntity<byte[]> word(String fileName, byte[] content) {
		return file(fileName, DOCX, content);
	}

	public static ResponseEntity<byte[]> file(String fileName, MediaType type, byte[] content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
		headers.set("X-Content-Type-Options", "nosniff");
		headers.setCacheControl("no-store");
		return ResponseEntity.ok().headers(headers).body(content);
	}
}

package cn.pilotcity.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.pilotcity.system.InvalidInputException;

/** Upload, list, download and remove the files of an application. */
@RestController
class AttachmentController {

	private final Attachments attachments;

	AttachmentController(Attachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping(path = "/api/applications/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Attachment> upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam(name = "kind", defaultValue = "SUPPORTING") String kind) throws IOException {
		AttachmentKind attachmentKind;
		try {
			attachmentKind = AttachmentKind.valueOf(kind);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("附件类别不正确");
		}
		try (InputStream in = file.getInputStream()) {
			return ResponseEntity.status(HttpStatus.CREATED)
					.body(attachments.upload(id, attachmentKind, file.getOriginalFilename(), file.getSize(), in));
		}
	}

	@GetMapping("/api/applications/{id}/attachments")
	List<Attachment> list(@PathVariable long id) {
		return attachments.of(id);
	}

	@GetMapping("/api/attachments/{id}")
	ResponseEntity<StreamingResponseBody> download(@PathVariable long id) {
		Attachment attachment = attachments.readable(id);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(attachment.contentType()));
		headers.setContentLength(attachment.sizeBytes());
		headers.setContentDisposition(
				ContentDisposition.attachment().filename(attachment.fileName(), StandardCharsets.UTF_8).build());
		headers.set("X-Content-Type-Options", "nosniff");
		headers.setCacheControl("private, no-store");
		return ResponseEntity.ok().headers(headers).body(out -> attachments.copyContent(attachment, out));
	}

	@DeleteMapping("/api/attachments/{id}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		attachments.delete(id);
		return ResponseEntity.noContent().build();
	}
}

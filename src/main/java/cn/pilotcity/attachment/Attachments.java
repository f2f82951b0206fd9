package cn.pilotcity.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.ApplicationAccess;
import cn.pilotcity.identity.CurrentUser;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.NotFoundException;

/** Files of applications: checked, stored whole or not at all, read by those entitled to the application. */
@Service
public class Attachments {

	private static final Logger log = LoggerFactory.getLogger(Attachments.class);

	static final int CHUNK = 1024 * 1024;
	static final int DEFAULT_MAX_PER_APPLICATION = 30;

	private final AttachmentMapper mapper;
	private final ApplicationAccess access;
	private final CurrentUser currentUser;
	private final long maxBytes;
	private final int maxPerApplication;
	private final Duration keepDeleted;

	Attachments(AttachmentMapper mapper, ApplicationAccess access, CurrentUser currentUser,
			@Value("${pilotcity.attachments.max-size:20MB}") DataSize maxSize,
			@Value("${pilotcity.attachments.max-per-application:" + DEFAULT_MAX_PER_APPLICATION + "}") int maxPerApplication,
			@Value("${pilotcity.attachments.keep-deleted:30d}") Duration keepDeleted) {
		this.mapper = mapper;
		this.access = access;
		this.currentUser = currentUser;
		this.maxBytes = maxSize.toBytes();
		this.maxPerApplication = maxPerApplication;
		this.keepDeleted = keepDeleted;
	}

	/** The city attaches a file while the application is in its hands. One transaction: whole or nothing. */
	@Transactional
	public Attachment upload(long applicationId, AttachmentKind kind, String originalName, long declaredSize,
			InputStream content) {
		Application application = access.editable(applicationId);
		String name = FileTypes.safeName(originalName);
		if (name.isEmpty()) {
			throw new InvalidInputException("文件名无效");
		}
		FileTypes.Type type = FileTypes.of(name).orElseThrow(() -> new InvalidInputException(
				"不支持的文件类型,请上传 PDF、Word、Excel、OFD、JPG 或 PNG 文件"));
		if (!kind.accepts(type.contentType())) {
			throw new InvalidInputException(kind.label() + "请上传 " + kind.typesLabel() + " 文件");
		}
		if (declaredSize > maxBytes) {
			throw new InvalidInputException("文件超过 " + DataSize.ofBytes(maxBytes).toMegabytes() + "MB 上限");
		}
		if (mapper.countOf(application.id()) >= maxPerApplication) {
			throw new InvalidInputException("每份申报材料最多 " + maxPerApplication + " 个附件,请先删除不再需要的附件");
		}
		NewAttachment row = new NewAttachment(application.id(), kind, name, type.contentType(), currentUser.id(), EngineClock.now());
		mapper.insert(row);
		MessageDigest sha256 = sha256();
		long total = 0;
		try (InputStream in = new DigestInputStream(content, sha256)) {
			byte[] buffer = new byte[CHUNK];
			int seq = 0;
			int read;
			while ((read = in.readNBytes(buffer, 0, CHUNK)) > 0) {
				if (seq == 0 && !FileTypes.startsWith(buffer, read, type.magic())) {
					throw new InvalidInputException("文件内容与扩展名不符(" + name + ")");
				}
				total += read;
				if (total > maxBytes) {
					throw new InvalidInputException("文件超过 " + DataSize.ofBytes(maxBytes).toMegabytes() + "MB 上限");
				}
				mapper.insertChunk(row.id, seq++, read == CHUNK ? buffer.clone() : java.util.Arrays.copyOf(buffer, read));
			}
		}
		catch (IOException e) {
			throw new InvalidInputException("文件上传不完整,请重新上传");
		}
		if (total == 0) {
			throw new InvalidInputException("文件为空");
		}
		row.sizeBytes = total;
		row.sha256 = HexFormat.of().formatHex(sha256.digest());
		mapper.updateSizeAndDigest(row.id, total, row.sha256);
		return get(row.id);
	}

	public List<Attachment> of(long applicationId) {
		access.readable(applicationId);
		return mapper.findByApplication(applicationId);
	}

	/** The file's description, if the current user may read its application. */
	public Attachment readable(long attachmentId) {
		Attachment attachment = get(attachmentId);
		try {
			access.readable(attachment.applicationId());
		}
		catch (NotFoundException e) {
			throw new NotFoundException("附件 " + attachmentId + " 不存在");
		}
		return attachment;
	}

	public void copyContent(Attachment attachment, OutputStream out) {
		try {
			for (int seq = 0; (long) seq * CHUNK < attachment.sizeBytes(); seq++) {
				out.write(mapper.findChunk(attachment.id(), seq).data());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Transactional
	public void delete(long attachmentId) {
		Attachment attachment = get(attachmentId);
		access.editable(attachment.applicationId());
		mapper.markDeleted(attachmentId, EngineClock.now());
	}

	/**
	 * Frees the content of files deleted longer ago than {@code pilotcity.attachments.keep-deleted} (30 days), every
	 * night on every node (the statement is idempotent); until then a deletion can still be undone by the
	 * administrator in the database. Returns the chunks removed.
	 */
	@Transactional
	public int purgeDeletedContent(LocalDateTime now) {
		return mapper.purgeDeletedBefore(now.minus(keepDeleted));
	}

	@Scheduled(cron = "${pilotcity.attachments.purge-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
	void purgeNightly() {
		int purged = purgeDeletedContent(EngineClock.now());
		if (purged > 0) {
			log.info("Purged {} chunks of attachments deleted more than {} ago", purged, keepDeleted);
		}
	}

	private Attachment get(long id) {
		return mapper.findById(id).orElseThrow(() -> new NotFoundException("附件 " + id + " 不存在"));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

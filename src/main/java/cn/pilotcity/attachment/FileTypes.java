package cn.pilotcity.attachment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The file types an application may carry, recognised by their first bytes as well as their name, so a
 * renamed executable or script is refused whatever it calls itself.
 */
final class FileTypes {

	record Type(String contentType, byte[] magic) {
	}

	private static final byte[] PDF = { '%', 'P', 'D', 'F' };
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };
	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	static final Map<String, Type> BY_EXTENSION = Map.of(
			"pdf", new Type("application/pdf", PDF),
			"doc", new Type("application/msword", OLE),
			"docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
			"xls", new Type("application/vnd.ms-excel", OLE),
			"xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
			"ofd", new Type("application/ofd", ZIP),
			"jpg", new Type("image/jpeg", JPEG),
			"jpeg", new Type("image/jpeg", JPEG),
			"png", new Type("image/png", PNG));

	private FileTypes() {
	}

	static Optional<Type> of(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? Optional.empty() : Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
	}

	static boolean startsWith(byte[] head, int length, byte[] magic) {
		return length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
	}

	/**
	 * The last path segment of a browser-supplied name, without control characters and without invisible format
	 * characters (direction overrides such as U+202E, which make a name ending in "fdp.exe" read as "exe.pdf"; zero-width
	 * spaces): "../../etc/passwd" or "C:\\x\\plan.pdf" become "passwd" and "plan.pdf".
	 */
	static String safeName(String original) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"<>|:*?]", "").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.codePointCount(0, name.length()) > 100) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 ? name.substring(dot) : "";
			name = name.substring(0, name.offsetByCodePoints(0, 100 - extension.length())) + extension;
		}
		return name;
	}
}

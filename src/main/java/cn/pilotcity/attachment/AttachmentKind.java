package cn.pilotcity.attachment;

import java.util.Set;

/** What a file is for, and which of the accepted file types it may be (none listed: any of them). */
public enum AttachmentKind {

	/** A signed document: PDF, OFD (GB/T 33190, China's format for signed electronic documents) or Word. */
	SIGNED_PLAN("签章的申报方案", "PDF、OFD 或 Word", "application/pdf", "application/ofd", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	SUPPORTING("证明材料", null),
	SUPPLEMENT("补充材料", null),
	ISSUING_DOCUMENT("印发文件", null);

	private final String label;
	private final String typesLabel;
	private final Set<String> contentTypes;

	AttachmentKind(String label, String typesLabel, String... contentTypes) {
		this.label = label;
		this.typesLabel = typesLabel;
		this.contentTypes = Set.of(contentTypes);
	}

	boolean accepts(String contentType) {
		return contentTypes.isEmpty() || contentTypes.contains(contentType);
	}

	/** The file types this kind accepts, in words; null when it accepts every type. */
	String typesLabel() {
		return typesLabel;
	}

	public String label() {
		return label;
	}
}

package cn.pilotcity.attachment;

/** What a file is for. */
public enum AttachmentKind {

	SIGNED_PLAN("签章的申报方案"),
	SUPPORTING("证明材料"),
	SUPPLEMENT("补充材料"),
	ISSUING_DOCUMENT("印发文件");

	private final String label;

	AttachmentKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

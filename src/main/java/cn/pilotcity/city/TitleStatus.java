package cn.pilotcity.city;

/** Where a title stands (R-SC-8: rectification and withdrawal). */
public enum TitleStatus {

	ACTIVE("有效"),
	RECTIFICATION("督促整改中"),
	WITHDRAWN("已取消资格"),
	ENDED("已期满");

	private final String label;

	TitleStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

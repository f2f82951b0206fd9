package cn.pilotcity.application;

/** Where an application stands. */
public enum ApplicationStatus {

	SUBMITTED("已提交,待省级推荐"),
	RETURNED("已退回修改"),
	RECOMMENDED("省级已联合推荐"),
	WITHDRAWN("已撤回");

	private final String label;

	ApplicationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

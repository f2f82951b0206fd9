package cn.pilotcity.assessment;

/** Where an annual assessment stands. */
public enum AssessmentStatus {

	OPEN("待城市填报"),
	RETURNED("已退回城市修改"),
	PROVINCE_REVIEW("待省知识产权局审核"),
	SCORING("待国家知识产权局评分"),
	GRADED("已评定并公布");

	private final String label;

	AssessmentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The city may still change its report and its indicator data. */
	public boolean openToCity() {
		return this == OPEN || this == RETURNED;
	}
}

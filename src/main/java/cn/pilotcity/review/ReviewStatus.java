package cn.pilotcity.review;

/** Where a review stands; DECIDED and CANCELLED are closed, the rest open (they count towards workload). */
public enum ReviewStatus {

	FORMING("组建专家组"),
	REVIEWING("专家评审中"),
	RECONCILING("组长协调评分"),
	FIELD_VISIT("实地调研"),
	CONCLUDING("形成专家组意见"),
	DECIDED("评审完成"),
	CANCELLED("已取消");

	private final String label;

	ReviewStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isOpen() {
		return this != DECIDED && this != CANCELLED;
	}
}

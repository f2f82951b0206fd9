package cn.pilotcity.application;

/** Where an application stands. */
public enum ApplicationStatus {

	DRAFT("编制中"),
	SUBMITTED("已提交,待省级推荐"),
	INELIGIBLE("不符合申报条件,待修改"),
	RETURNED("已退回修改"),
	RECOMMENDED("省级已联合推荐"),
	LATE("逾期未报送,不予受理"),
	RECEIVED("国家知识产权局已受理"),
	SUPPLEMENT_REQUESTED("待补充材料"),
	UNDER_REVIEW("专家评审中"),
	AWAITING_DETERMINATION("待批次审定"),
	ADMITTED("已纳入试点"),
	NOT_ADMITTED("未纳入试点"),
	UNDER_ARGUMENTATION("专家论证评价中"),
	REVISING("按专家指导意见修改中"),
	APPROVED("已批复,待城市人民政府印发"),
	ISSUED("已印发实施"),
	REJECTED("未通过论证"),
	LAPSED("逾期未修改,申请终止"),
	WITHDRAWN("已撤回");

	private final String label;

	ApplicationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The result is published or the application has ended: admitted or not, approved, issued, rejected, lapsed, withdrawn. */
	public boolean isSettled() {
		return switch (this) {
			case ADMITTED, NOT_ADMITTED, APPROVED, ISSUED, REJECTED, LAPSED, WITHDRAWN, LATE -> true;
			default -> false;
		};
	}
}

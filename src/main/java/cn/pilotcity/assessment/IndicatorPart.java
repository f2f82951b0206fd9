package cn.pilotcity.assessment;

/** R-AA-3: the two parts of the assessment. */
public enum IndicatorPart {

	/** 专利实力状况(创造、运用、保护、管理、服务): reported by the city, scored by rule. */
	OBJECTIVE("客观指标"),
	/** 工作思路、工作措施、工作投入: scored by the national office's assessors. */
	SUBJECTIVE("主观评价");

	private final String label;

	IndicatorPart(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

package cn.pilotcity.assessment;

import java.util.Arrays;

/** R-AA-5: the grade of an annual assessment (DMN {@code annual-grade}). */
public enum Grade {

	EXCELLENT("优秀"),
	GOOD("良好"),
	QUALIFIED("合格"),
	FAILED("不合格");

	private final String label;

	Grade(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Grade of(String code) {
		return Arrays.stream(values()).filter(g -> g.name().equals(code)).findFirst()
				.orElseThrow(() -> new IllegalStateException("unknown grade " + code));
	}
}

package cn.pilotcity.assessment;

/** R-AA-3: what an indicator measures. */
public enum Dimension {

	CREATION("创造"),
	UTILISATION("运用"),
	PROTECTION("保护"),
	MANAGEMENT("管理"),
	SERVICE("服务"),
	IDEAS("工作思路"),
	MEASURES("工作措施"),
	INPUT("工作投入");

	private final String label;

	Dimension(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

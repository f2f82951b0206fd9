package cn.pilotcity.city;

/** The titles of the city programmes. */
public enum TitleKind {

	DEMONSTRATION("国家知识产权示范城市"),
	SME_PILOT("中小企业知识产权战略推进工程试点城市"),
	STRONG_CITY("知识产权强市");

	private final String label;

	TitleKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

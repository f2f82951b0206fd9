package cn.pilotcity.application;

/** The two programmes a city applies to. */
public enum Programme {

	SME_PILOT("中小企业知识产权战略推进工程试点"),
	STRONG_CITY("知识产权强市建设");

	private final String label;

	Programme(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

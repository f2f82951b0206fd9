package cn.pilotcity.strongcity;

/** R-SC-3: the five major projects (五大工程) a construction plan is organised around. */
public enum MajorProject {

	MANAGEMENT("知识产权管理能力提升工程"),
	PROTECTION("知识产权大保护工程"),
	UTILISATION("知识产权运用促进工程"),
	QUALITY("知识产权质量提升工程"),
	ENVIRONMENT("知识产权发展环境建设工程");

	private final String label;

	MajorProject(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The form variable holding this project's work projects (a dynamic list). */
	String variable() {
		return "projects" + name();
	}
}

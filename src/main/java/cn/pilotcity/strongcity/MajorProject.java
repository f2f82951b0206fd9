package cn.pilotcity.strongcity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

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

	/** The five, in order, as the plan page shows them: key (the plan's list of work projects) and label. */
	static List<Map<String, String>> choices() {
		return Arrays.stream(values()).map(p -> Map.of("key", p.key(), "label", p.label())).toList();
	}

	/** The plan's JSON field holding this project's work projects. */
	String key() {
		return "projects" + name();
	}
}

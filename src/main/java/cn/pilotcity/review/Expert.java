package cn.pilotcity.review;

import java.util.List;

/**
 * An expert of the registry (评审专家库). {@code userId} is his Tasklist account; {@code workloadCap} his own
 * limit of open reviews, or null for the configured default.
 */
public record Expert(Long id, String userId, String name, String employer, String title, String provinceCode,
		String cityCode, boolean active, Integer workloadCap, List<String> fields, List<ExpertConflict> conflicts) {

	/** "张三(某某大学,北京市)" for lists and forms. */
	public String label(String provinceName) {
		return name + "(" + employer + "," + provinceName + ")";
	}
}

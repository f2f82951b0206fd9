package cn.pilotcity.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import cn.pilotcity.system.ValidationFailedException;

/**
 * What a city writes in its application: the SME clusters it names (R-SME-1) and its plan summary.
 * Checked on the server, since browser validation can be bypassed.
 */
public record ApplicationContent(List<String> clusters, String summary) {

	static final int MAX_CLUSTERS = 20;
	static final int MIN_SUMMARY = 20;
	static final int MAX_SUMMARY = 10_000;

	public static ApplicationContent of(List<String> clusters, String summary) {
		List<String> names = clusters.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
				.toList();
		String text = summary == null ? "" : summary.strip();
		List<String> problems = new ArrayList<>();
		if (names.isEmpty()) {
			problems.add("请至少填写一个中小企业集聚区");
		}
		if (names.size() > MAX_CLUSTERS) {
			problems.add("集聚区最多填写 " + MAX_CLUSTERS + " 个");
		}
		names.stream().filter(n -> n.length() < 2 || n.length() > 100).findFirst()
				.ifPresent(n -> problems.add("集聚区名称应为 2 至 100 字:" + abbreviate(n)));
		if (new HashSet<>(names).size() < names.size()) {
			problems.add("集聚区名称不能重复");
		}
		if (text.length() < MIN_SUMMARY) {
			problems.add("申报方案摘要不少于 " + MIN_SUMMARY + " 字");
		}
		if (text.length() > MAX_SUMMARY) {
			problems.add("申报方案摘要不能超过 " + MAX_SUMMARY + " 字");
		}
		if (!problems.isEmpty()) {
			throw new ValidationFailedException("申报内容不完整", problems);
		}
		return new ApplicationContent(names, text);
	}

	private static String abbreviate(String s) {
		return s.length() > 20 ? s.substring(0, 20) + "…" : s;
	}
}

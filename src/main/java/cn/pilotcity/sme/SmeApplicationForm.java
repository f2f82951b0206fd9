package cn.pilotcity.sme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.VariableScope;


import cn.pilotcity.application.ApplicationContent;
import cn.pilotcity.application.ConditionRating;
import cn.pilotcity.application.Target;
import cn.pilotcity.system.FormValues;
import cn.pilotcity.system.ValidationFailedException;

/**
 * The city's application form (sme-application-draft): read and checked against the programme's rules when
 * submitted, filled again from our tables when the city has to revise. Browser
 * validation can be bypassed, so every rule is checked here, with one Chinese message per problem.
 */
final class SmeApplicationForm {

	static final int MIN_SUMMARY = 20;
	static final int MAX_SUMMARY = 2000;
	static final int MAX_NAMES = 20;
	static final BigDecimal MAX_TARGET = new BigDecimal("1000000");

	private SmeApplicationForm() {
	}

	static ApplicationContent read(VariableScope form) {
		List<String> problems = new ArrayList<>();
		List<String> clusters = names(form.getVariable("clusters"), "中小企业集聚区", 2, 100, problems);
		if (clusters.isEmpty()) {
			problems.add("请至少填写一个中小企业集聚区");
		}
		List<String> organisations = names(form.getVariable("organisations"), "参与单位", 2, 200, problems);
		String summary = text(form.getVariable("summary"));
		if (summary.length() < MIN_SUMMARY || summary.length() > MAX_SUMMARY) {
			problems.add("申报方案摘要应为 " + MIN_SUMMARY + " 至 " + MAX_SUMMARY + " 字");
		}
		Map<Integer, String> sections = new LinkedHashMap<>();
		for (SmePlan.Section section : SmePlan.SECTIONS) {
			String content = text(form.getVariable(SmePlan.sectionVariable(section.no())));
			if (content.isEmpty() && section.required()) {
				problems.add("请填写第(" + section.no() + ")部分「" + section.title() + "」");
			}
			else if (!content.isEmpty() && content.length() < section.minLength()) {
				problems.add("第(" + section.no() + ")部分「" + section.title() + "」不少于 " + section.minLength() + " 字");
			}
			else if (content.length() > SmePlan.MAX_SECTION_LENGTH) {
				problems.add("第(" + section.no() + ")部分不能超过 " + SmePlan.MAX_SECTION_LENGTH + " 字");
			}
			if (!content.isEmpty()) {
				sections.put(section.no(), content);
			}
		}
		List<Target> targets = new ArrayList<>();
		for (int year = 1; year <= SmePlan.YEARS; year++) {
			for (SmePlan.Metric metric : SmePlan.METRICS) {
				BigDecimal value = number(form.getVariable(SmePlan.targetVariable(year, metric)));
				String label = "第" + year + "年目标「" + metric.label() + "」";
				if (value == null) {
					problems.add("请填写" + label + "(" + metric.unit() + ")");
				}
				else if (value.signum() < 0 || value.compareTo(MAX_TARGET) > 0) {
					problems.add(label + "应在 0 至 " + MAX_TARGET.toPlainString() + " 之间");
				}
				else {
					targets.add(new Target(year, metric.code(), value));
				}
			}
		}
		List<ConditionRating> conditions = new ArrayList<>();
		for (int no = 1; no <= SmePlan.CONDITIONS.size(); no++) {
			String rating = text(form.getVariable(SmePlan.conditionVariable(no)));
			String evidence = text(form.getVariable(SmePlan.evidenceVariable(no)));
			if (!SmePlan.RATINGS.contains(rating)) {
				problems.add("请对申报条件(" + no + ")作出自评");
			}
			else if (evidence.length() > 2000) {
				problems.add("申报条件(" + no + ")的说明不能超过 2000 字");
			}
			else {
				conditions.add(new ConditionRating(no, rating, evidence.isEmpty() ? null : evidence));
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationFailedException("申报方案不完整,不能提交", problems);
		}
		return new ApplicationContent(clusters, organisations, summary, sections, targets, conditions);
	}

	/** The form's values from stored content, for a revision. */
	static Map<String, Object> values(ApplicationContent content) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("clusters", String.join("\n", content.clusters()));
		variables.put("organisations", String.join("\n", content.organisations()));
		variables.put("summary", content.summary());
		content.sections().forEach((no, text) -> variables.put(SmePlan.sectionVariable(no), text));
		for (Target target : content.targets()) {
			SmePlan.METRICS.stream().filter(m -> m.code().equals(target.metric())).findFirst()
					.ifPresent(m -> variables.put(SmePlan.targetVariable(target.yearNo(), m), target.value().doubleValue()));
		}
		for (ConditionRating condition : content.conditions()) {
			variables.put(SmePlan.conditionVariable(condition.conditionNo()), condition.rating());
			variables.put(SmePlan.evidenceVariable(condition.conditionNo()), condition.evidence());
		}
		return variables;
	}

	/** Every field of the form (sme-application-draft) that holds the plan. */
	static List<String> fields() {
		List<String> names = new ArrayList<>(List.of("clusters", "organisations", "summary"));
		SmePlan.SECTIONS.forEach(s -> names.add(SmePlan.sectionVariable(s.no())));
		for (int year = 1; year <= SmePlan.YEARS; year++) {
			for (SmePlan.Metric metric : SmePlan.METRICS) {
				names.add(SmePlan.targetVariable(year, metric));
			}
		}
		for (int no = 1; no <= SmePlan.CONDITIONS.size(); no++) {
			names.add(SmePlan.conditionVariable(no));
			names.add(SmePlan.evidenceVariable(no));
		}
		return names;
	}

	private static List<String> names(Object list, String what, int min, int max, List<String> problems) {
		List<String> names = FormValues.lines(list).stream().filter(Objects::nonNull).toList();
		if (names.size() > MAX_NAMES) {
			problems.add(what + "最多填写 " + MAX_NAMES + " 个");
		}
		names.stream().filter(n -> n.length() < min || n.length() > max).findFirst()
				.ifPresent(n -> problems.add(what + "名称应为 " + min + " 至 " + max + " 字"));
		if (new HashSet<>(names).size() < names.size()) {
			problems.add(what + "名称不能重复");
		}
		return names;
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString().strip();
	}

	private static BigDecimal number(Object value) {
		if (value instanceof Number n) {
			return new BigDecimal(n.toString());
		}
		if (value instanceof String s && !s.isBlank()) {
			try {
				return new BigDecimal(s.strip());
			}
			catch (NumberFormatException e) {
				return null;
			}
		}
		return null;
	}
}

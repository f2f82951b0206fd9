package cn.pilotcity.strongcity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.ValidationFailedException;

/**
 * The construction-plan form (strong-city-plan) as variables: read and checked against R-SC-3 when the city
 * submits, written back from our tables when it revises. Every rule is checked here, one Chinese message per
 * problem, since browser validation can be bypassed.
 */
final class StrongCityForm {

	static final int MAX_WORK_PROJECTS = 30;
	static final BigDecimal MAX_BUDGET = new BigDecimal("100000000");
	private static final ObjectMapper JSON = new ObjectMapper();

	private StrongCityForm() {
	}

	static ConstructionPlan read(VariableScope form) {
		List<String> problems = new ArrayList<>();
		String goals = text(form.getVariable("overallGoals"));
		if (goals.length() < 50 || goals.length() > 20_000) {
			problems.add("建设方案总体目标应为 50 至 20000 字");
		}
		Integer start = integer(form.getVariable("startYear"));
		Integer end = integer(form.getVariable("endYear"));
		if (start == null || end == null || start < 2016 || end > 2100 || end < start || end - start > 9) {
			problems.add("请填写正确的建设期(起止年度,不超过十年)");
		}
		List<WorkProject> projects = new ArrayList<>();
		for (MajorProject project : MajorProject.values()) {
			JsonNode items = list(form.getVariable(project.variable()));
			if (items.isEmpty()) {
				problems.add("「" + project.label() + "」至少设立一个工作项目(R-SC-3)");
				continue;
			}
			if (items.size() > MAX_WORK_PROJECTS) {
				problems.add("「" + project.label() + "」工作项目不超过 " + MAX_WORK_PROJECTS + " 个");
			}
			int position = 0;
			for (JsonNode item : items) {
				position++;
				String where = "「" + project.label() + "」第 " + position + " 个工作项目";
				String name = text(item.path("name"));
				String target = text(item.path("target"));
				String measures = text(item.path("measures"));
				String unit = text(item.path("responsibleUnit"));
				BigDecimal value = decimal(item.path("targetValue"));
				BigDecimal budget = decimal(item.path("budget"));
				Integer from = integer(item.path("startYear"));
				Integer to = integer(item.path("endYear"));
				List<String> own = new ArrayList<>();
				if (name.length() < 2 || name.length() > 200) {
					own.add("名称应为 2 至 200 字");
				}
				if (target.length() < 2 || target.length() > 1000) {
					own.add("目标应为 2 至 1000 字");
				}
				if (measures.length() < 10 || measures.length() > 20_000) {
					own.add("主要措施不少于 10 字");
				}
				if (unit.length() < 2 || unit.length() > 200) {
					own.add("请填写责任单位");
				}
				if (budget == null || budget.signum() < 0 || budget.compareTo(MAX_BUDGET) > 0) {
					own.add("预算(万元)应在 0 至 " + MAX_BUDGET.toPlainString() + " 之间");
				}
				if (from == null || to == null || to < from || (start != null && end != null && (from < start || to > end))) {
					own.add("实施年度应在建设期内");
				}
				if (!own.isEmpty()) {
					problems.add(where + ":" + String.join(",", own));
					continue;
				}
				String targetUnit = text(item.path("targetUnit"));
				projects.add(new WorkProject(project, position, name, target, value,
						targetUnit.isEmpty() ? null : targetUnit.substring(0, Math.min(20, targetUnit.length())), measures, unit,
						budget, from, to));
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationFailedException("建设方案不完整,不能提交", problems);
		}
		return new ConstructionPlan(goals, start, end, projects);
	}

	/** The variables that pre-fill the form with a stored plan, for a revision. */
	static Map<String, Object> variables(ConstructionPlan plan) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("overallGoals", plan.overallGoals());
		variables.put("startYear", (long) plan.startYear());
		variables.put("endYear", (long) plan.endYear());
		for (MajorProject project : MajorProject.values()) {
			List<Map<String, Object>> items = new ArrayList<>();
			for (WorkProject w : plan.of(project)) {
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("name", w.name());
				item.put("target", w.target());
				item.put("targetValue", w.targetValue());
				item.put("targetUnit", w.targetUnit());
				item.put("measures", w.measures());
				item.put("responsibleUnit", w.responsibleUnit());
				item.put("budget", w.budget());
				item.put("startYear", w.startYear());
				item.put("endYear", w.endYear());
				items.add(item);
			}
			try {
				variables.put(project.variable(), SpinValues.jsonValue(JSON.writeValueAsString(items)).create());
			}
			catch (JsonProcessingException e) {
				throw new IllegalStateException(e);
			}
		}
		return variables;
	}

	static List<String> variableNames() {
		List<String> names = new ArrayList<>(List.of("overallGoals", "startYear", "endYear"));
		for (MajorProject project : MajorProject.values()) {
			names.add(project.variable());
		}
		return names;
	}

	private static JsonNode list(Object value) {
		try {
			if (value instanceof SpinJsonNode spin) {
				return JSON.readTree(spin.toString());
			}
			if (value instanceof String text) {
				return JSON.readTree(text);
			}
			if (value == null) {
				return JSON.createArrayNode();
			}
			return JSON.valueToTree(value);
		}
		catch (JsonProcessingException e) {
			throw new InvalidInputException("建设方案数据格式不正确");
		}
	}

	private static String text(Object value) {
		if (value instanceof JsonNode node) {
			return node.isMissingNode() || node.isNull() ? "" : node.asText().strip();
		}
		return value == null ? "" : value.toString().strip();
	}

	private static BigDecimal decimal(JsonNode node) {
		if (node.isNumber()) {
			return node.decimalValue();
		}
		if (node.isTextual() && !node.asText().isBlank()) {
			try {
				return new BigDecimal(node.asText().strip());
			}
			catch (NumberFormatException e) {
				return null;
			}
		}
		return null;
	}

	private static Integer integer(Object value) {
		if (value instanceof JsonNode node) {
			return node.canConvertToInt() && (node.isNumber() || node.isTextual()) ? Integer.valueOf(node.asInt()) : null;
		}
		if (value instanceof Number n) {
			return n.intValue();
		}
		if (value instanceof String s && s.strip().matches("\\d{4}")) {
			return Integer.valueOf(s.strip());
		}
		return null;
	}
}

package cn.pilotcity.strongcity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.ValidationFailedException;

/**
 * The construction plan as the plan page edits it: JSON with overallGoals, startYear, endYear and one list of
 * work projects per major project ({@code projectsMANAGEMENT} …). It is checked against R-SC-3 when the city
 * submits, one Chinese message per problem. (The plan is edited on a page of ours, not in a Tasklist form:
 * the 7.24 Tasklist cannot complete a form whose dynamic-list fields were edited.)
 */
final class PlanJson {

	static final int MAX_WORK_PROJECTS = 30;
	static final BigDecimal MAX_BUDGET = new BigDecimal("100000000");
	/** A work project's numeric target (件, 家, %, 万元 …): not negative, and no larger than any real count. */
	static final BigDecimal MAX_TARGET_VALUE = new BigDecimal("1000000000000");
	/** Decimals as the city wrote them: 1e999999 stays a (huge) number instead of becoming Infinity. */
	private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

	private PlanJson() {
	}

	/** R-SC-3: the plan, if complete; otherwise every problem in one refusal. */
	static ConstructionPlan check(String json) {
		JsonNode root = parse(json);
		List<String> problems = new ArrayList<>();
		String goals = text(root.path("overallGoals"));
		if (goals.length() < 50 || goals.length() > 20_000) {
			problems.add("建设方案总体目标应为 50 至 20000 字");
		}
		Integer start = integer(root.path("startYear"));
		Integer end = integer(root.path("endYear"));
		if (start == null || end == null || start < 2016 || end > 2100 || end < start || end - start > 9) {
			problems.add("请填写正确的建设期(起止年度,不超过十年)");
		}
		List<WorkProject> projects = new ArrayList<>();
		for (MajorProject project : MajorProject.values()) {
			JsonNode items = root.path(project.key());
			if (!items.isMissingNode() && !items.isNull() && !items.isArray()) {
				throw new InvalidInputException("建设方案数据格式不正确");
			}
			if (items.isEmpty()) {
				problems.add("「" + project.label() + "」至少设立一个工作项目");
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
				if (!item.path("targetValue").isMissingNode() && !item.path("targetValue").isNull()
						&& !(item.path("targetValue").isTextual() && item.path("targetValue").asText().isBlank())
						&& (value == null || value.signum() < 0 || value.compareTo(MAX_TARGET_VALUE) > 0)) {
					own.add("目标值应为 0 至 " + MAX_TARGET_VALUE.toPlainString() + " 之间的数");
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

	/** A stored plan in the page's JSON shape, to edit it again. */
	static String toJson(ConstructionPlan plan) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("overallGoals", plan.overallGoals());
		root.put("startYear", plan.startYear());
		root.put("endYear", plan.endYear());
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
			root.put(project.key(), items);
		}
		try {
			return JSON.writeValueAsString(root);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The page's JSON as it may be saved: an object whose numbers are all real numbers of a sane size (a number such
	 * as {@code 1e999999} would be saved and then break the check and the submission).
	 */
	static JsonNode parseForSaving(String json) {
		JsonNode root = parse(json);
		List<String> absurd = new ArrayList<>();
		root.fields().forEachRemaining(entry -> {
			String where = java.util.Arrays.stream(MajorProject.values()).filter(p -> p.key().equals(entry.getKey())).findFirst()
					.map(p -> "「" + p.label() + "」").orElse(FIELDS.getOrDefault(entry.getKey(), entry.getKey()));
			if (entry.getValue().isArray()) {
				for (int i = 0; i < entry.getValue().size(); i++) {
					String item = where + "第 " + (i + 1) + " 个工作项目的";
					entry.getValue().get(i).fields().forEachRemaining(field -> absurd(field.getValue(),
							item + FIELDS.getOrDefault(field.getKey(), field.getKey()), absurd));
				}
			}
			else {
				absurd(entry.getValue(), where, absurd);
			}
		});
		if (!absurd.isEmpty()) {
			throw new ValidationFailedException("建设方案中的数字超出范围,未保存", absurd);
		}
		return root;
	}

	private static final Map<String, String> FIELDS = Map.of("startYear", "建设期起始年度", "endYear", "建设期结束年度",
			"targetValue", "目标值", "budget", "预算(万元)", "overallGoals", "总体目标");

	private static void absurd(JsonNode node, String where, List<String> absurd) {
		boolean tooLarge = node.isNumber() && ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())
				|| node.decimalValue().abs().compareTo(MAX_TARGET_VALUE) > 0);
		boolean exponent = node.isTextual() && node.asText().strip().matches("(?i)[-+]?([0-9.]*e[-+]?[0-9]+|infinity|nan)");
		if (tooLarge || exponent) {
			absurd.add(where + "“" + node.asText() + "”不是合理的数字");
		}
	}

	/** The page's JSON, refused unless it is an object. */
	static JsonNode parse(String json) {
		try {
			JsonNode root = JSON.readTree(json);
			if (root != null && root.isObject()) {
				return root;
			}
		}
		catch (JsonProcessingException e) {
			// refused below
		}
		throw new InvalidInputException("建设方案数据格式不正确");
	}

	private static String text(JsonNode node) {
		return node.isValueNode() ? node.asText().strip() : "";
	}

	private static BigDecimal decimal(JsonNode node) {
		if (node.isNumber()) {
			return (node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue()) ? null : node.decimalValue();
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

	private static Integer integer(JsonNode node) {
		if (node.isIntegralNumber() && node.canConvertToInt()) {
			return node.asInt();
		}
		return node.isTextual() && node.asText().strip().matches("\\d{1,4}") ? Integer.valueOf(node.asText().strip()) : null;
	}
}

package cn.pilotcity.review;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.pilotcity.system.FormValues;
import cn.pilotcity.system.InvalidInputException;

/** Reads what the review forms submit (from the Tasklist as typed or JSON values, from the Java API as Java values). */
final class TaskValues {

	private TaskValues() {
	}

	static String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value == null ? null : value.toString();
	}

	static boolean flag(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
	}

	static Integer integer(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		try {
			return value instanceof Number n ? (Integer) n.intValue() : (Integer) new BigDecimal(value.toString().strip()).intValueExact();
		}
		catch (ArithmeticException | NumberFormatException e) {
			throw new InvalidInputException("“" + name + "”应为整数");
		}
	}

	static Long id(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value == null || value.toString().isBlank() ? null : parseId(value.toString());
	}

	/** The ids of a taglist or checklist, or of a Java list. */
	static List<Long> ids(VariableScope scope, String name) {
		return strings(scope, name).stream().map(TaskValues::parseId).toList();
	}

	static List<String> strings(VariableScope scope, String name) {
		return FormValues.fieldOfItems(scope.getVariable(name), "value").stream().filter(s -> s != null && !s.isBlank())
				.toList();
	}

	/** The scores of the number fields {@code score1}, {@code score2}, … (one per criterion, in rubric order), by criterion code. */
	static Map<String, BigDecimal> scores(VariableScope scope, List<Criterion> rubric) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		for (int i = 0; i < rubric.size(); i++) {
			Object value = scope.getVariable("score" + (i + 1));
			if (value == null || value.toString().isBlank()) {
				continue;
			}
			try {
				scores.put(rubric.get(i).code(), new BigDecimal(value.toString().strip()));
			}
			catch (NumberFormatException e) {
				throw new InvalidInputException("评分应为数字");
			}
		}
		return scores;
	}

	private static Long parseId(String text) {
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("表单数据格式不正确");
		}
	}
}

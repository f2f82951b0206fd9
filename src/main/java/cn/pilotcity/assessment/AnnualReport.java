package cn.pilotcity.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R-AA-2: the city's annual report in five parts: measures taken (工作措施), results (取得成效), problems
 * (存在问题), next year's plan (下一步工作计划) and suggestions (意见建议).
 */
public record AnnualReport(String measures, String results, String problems, String nextPlan, String suggestions) {

	/** Each part's form field, label and minimum length; the maximum keeps a part in one engine variable. */
	static final Map<String, String> PARTS = new LinkedHashMap<>();
	static final int MAX_LENGTH = 3000;

	static {
		PARTS.put("measures", "工作措施");
		PARTS.put("results", "取得成效");
		PARTS.put("problems", "存在问题");
		PARTS.put("nextPlan", "下一步工作计划");
		PARTS.put("suggestions", "意见建议");
	}

	static int minLength(String part) {
		return part.equals("suggestions") ? 2 : 20;
	}

	/** The Chinese message for every part that is missing, too short or too long; empty when the report is complete. */
	List<String> problemsWithIt() {
		List<String> messages = new ArrayList<>();
		String[] values = { measures, results, problems, nextPlan, suggestions };
		int i = 0;
		for (Map.Entry<String, String> part : PARTS.entrySet()) {
			String value = values[i++];
			int length = value == null ? 0 : value.strip().length();
			if (length == 0) {
				messages.add("请填写“" + part.getValue() + "”");
			}
			else if (length < minLength(part.getKey())) {
				messages.add("“" + part.getValue() + "”不少于 " + minLength(part.getKey()) + " 字");
			}
			else if (length > MAX_LENGTH) {
				messages.add("“" + part.getValue() + "”不能超过 " + MAX_LENGTH + " 字");
			}
		}
		return messages;
	}

	AnnualReport stripped() {
		return new AnnualReport(strip(measures), strip(results), strip(problems), strip(nextPlan), strip(suggestions));
	}

	private static String strip(String s) {
		return s == null ? null : s.strip();
	}
}

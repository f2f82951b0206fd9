package cn.pilotcity.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads values submitted by Camunda Forms. Lists and objects arrive as Spin JSON (from the Tasklist)
 * or as Java lists and maps (from the Java API).
 */
public final class FormValues {

	private FormValues() {
	}

	/** The values of one field of every item of a dynamic list, e.g. the names of {@code [{name: ..}]}. */
	public static List<String> fieldOfItems(Object list, String field) {
		List<String> values = new ArrayList<>();
		if (list instanceof SpinJsonNode json && json.isArray()) {
			for (SpinJsonNode item : json.elements()) {
				values.add(item.isString() ? item.stringValue()
						: item.hasProp(field) && !item.prop(field).isNull() ? item.prop(field).value().toString() : null);
			}
		}
		else if (list instanceof List<?> items) {
			for (Object item : items) {
				values.add(item instanceof Map<?, ?> map ? asText(map.get(field)) : asText(item));
			}
		}
		else if (list != null) {
			throw new InvalidInputException("表单数据格式不正确");
		}
		return values;
	}

	/**
	 * Names entered one per line in a text area (also separated by 、 , ; as people do), or given as a list:
	 * trimmed, blanks dropped. The Tasklist of 7.24 cannot complete a form once a field inside a dynamic
	 * list was edited, so our forms take lists as lines.
	 */
	public static List<String> lines(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> || value instanceof SpinJsonNode) {
			return fieldOfItems(value, "name");
		}
		return java.util.Arrays.stream(value.toString().split("[\\r\\n、,，;；]+")).map(String::strip)
				.filter(s -> !s.isEmpty()).toList();
	}

	public static String text(Object value) {
		return asText(value);
	}

	private static String asText(Object value) {
		return value == null ? null : value.toString();
	}
}

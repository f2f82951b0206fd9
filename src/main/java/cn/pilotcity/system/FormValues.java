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

	public static String text(Object value) {
		return asText(value);
	}

	private static String asText(Object value) {
		return value == null ? null : value.toString();
	}
}

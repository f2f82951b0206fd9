package cn.pilotcity.boundary;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * A submitted or stored variable value as JSON, whatever form it arrived in: a typed value of the REST API (the
 * Tasklist sends lists as {@code Json}), a Spin JSON node, or a plain Java value of the Java API.
 */
final class FormValue {

	static final ObjectMapper JSON = new ObjectMapper();

	/** A value that cannot be read as JSON: a Java-serialized object or a date, which no form field produces. */
	static final class Unreadable extends Exception {
		Unreadable() {
			super(null, null, false, false);
		}
	}

	private FormValue() {
	}

	static JsonNode of(Object value) throws Unreadable {
		Object plain = value;
		if (value instanceof TypedValue typed) {
			if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
				String format = serializable.getSerializationDataFormat();
				if (format != null && format.contains("json") && serializable.getValueSerialized() != null) {
					return parse(serializable.getValueSerialized());
				}
				if (typed instanceof ObjectValue) {
					throw new Unreadable();
				}
			}
			plain = typed.getValue();
		}
		if (plain == null) {
			return NullNode.getInstance();
		}
		if (plain instanceof SpinJsonNode spin) {
			return parse(spin.toString());
		}
		if (plain instanceof Date || plain instanceof byte[]) {
			throw new Unreadable();
		}
		if (plain instanceof String || plain instanceof Number || plain instanceof Boolean || plain instanceof List<?>
				|| plain instanceof Map<?, ?>) {
			return JSON.valueToTree(plain);
		}
		throw new Unreadable();
	}

	/** A JSON text sent for a list field (the Tasklist's {@code Json} variables), else the text itself. */
	static JsonNode listOrText(JsonNode node) {
		if (node.isTextual() && node.asText().strip().startsWith("[")) {
			try {
				return parse(node.asText());
			}
			catch (Unreadable e) {
				return node;
			}
		}
		return node;
	}

	/** The value as a plain Java value, for the FEEL conditions. */
	static Object plain(JsonNode node) {
		try {
			return node == null || node.isNull() ? null : JSON.treeToValue(node, Object.class);
		}
		catch (JsonProcessingException e) {
			return null;
		}
	}

	private static JsonNode parse(String json) throws Unreadable {
		try {
			return JSON.readTree(json);
		}
		catch (JsonProcessingException e) {
			throw new Unreadable();
		}
	}
}

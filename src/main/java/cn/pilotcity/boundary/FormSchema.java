package cn.pilotcity.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The inputs of one deployed Camunda Form and the names it only shows in its text views, read from the form's
 * JSON as the Tasklist's form-js renders it. Text, images and groups without a path are not inputs; a group's
 * condition applies to the fields inside it.
 */
public final class FormSchema {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "checkbox", "radio", "select",
			"checklist", "taglist", "datetime");
	private static final Set<String> LAYOUT = Set.of("text", "html", "image", "spacer", "separator", "group", "table",
			"iframe", "button");
	/** An identifier in a template ({@code {{cityName}}}) or a FEEL expression, not followed by "(" (a function). */
	private static final Pattern NAME = Pattern.compile("(?<![\\w.\"])([A-Za-z_][A-Za-z0-9_]*)(?!\\s*\\()(?![\\w\"])");
	private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
	private static final Set<String> FEEL_WORDS = Set.of("null", "true", "false", "and", "or", "not", "in", "if", "then",
			"else", "for", "return", "some", "every", "satisfies", "between", "instance", "of", "item");

	private final String id;
	private final Map<String, FormField> fields;
	private final Set<String> shownAsText;

	private FormSchema(String id, Map<String, FormField> fields, Set<String> shownAsText) {
		this.id = id;
		this.fields = fields;
		this.shownAsText = shownAsText;
	}

	public static FormSchema parse(InputStream json) {
		try {
			return parse(JSON.readTree(json));
		}
		catch (IOException e) {
			throw new IllegalStateException("Unreadable form", e);
		}
	}

	static FormSchema parse(JsonNode form) {
		Map<String, FormField> fields = new LinkedHashMap<>();
		collect(form, List.of(), fields);
		Set<String> texts = new LinkedHashSet<>();
		textReads(form, texts);
		Set<String> conditions = new LinkedHashSet<>();
		conditionReads(form, conditions);
		texts.removeAll(fields.keySet());
		texts.removeAll(conditions);
		return new FormSchema(form.path("id").asText(), fields, Set.copyOf(texts));
	}

	public String id() {
		return id;
	}

	/** The inputs by key, in the order of the form. */
	Map<String, FormField> fields() {
		return fields;
	}

	public Set<String> fieldKeys() {
		return fields.keySet();
	}

	public Optional<FormField> field(String key) {
		return Optional.ofNullable(fields.get(key));
	}


	/**
	 * The variables the form only shows, inside its text views (templated markdown), and neither edits nor tests in
	 * a condition: their values are shown as they are written, never as markdown or HTML ({@link FormTextAsText}).
	 */
	public Set<String> shownAsText() {
		return shownAsText;
	}

	private static void textReads(JsonNode container, Set<String> texts) {
		for (JsonNode component : container.path("components")) {
			String type = component.path("type").asText();
			if ("text".equals(type) || "html".equals(type)) {
				texts(component.path("text").asText(""), texts);
			}
			textReads(component, texts);
		}
	}

	private static void conditionReads(JsonNode container, Set<String> names) {
		for (JsonNode component : container.path("components")) {
			String condition = component.path("conditional").path("hide").asText(null);
			if (condition != null) {
				names(condition, names);
			}
			conditionReads(component, names);
		}
	}

	private static void collect(JsonNode container, List<String> hide, Map<String, FormField> fields) {
		for (JsonNode component : container.path("components")) {
			String type = component.path("type").asText();
			List<String> conditions = new ArrayList<>(hide);
			String condition = component.path("conditional").path("hide").asText(null);
			if (condition != null && !condition.isBlank()) {
				conditions.add(condition);
			}
			if ("dynamiclist".equals(type)) {
				FormField list = dynamicList(component, conditions);
				fields.put(list.key(), list);
			}
			else if ("group".equals(type)) {
				if (component.hasNonNull("path") && !component.get("path").asText().isBlank()) {
					throw new IllegalStateException("Form group " + component.path("id").asText()
							+ " has a path: nested data is not supported, use a dynamic list");
				}
				collect(component, conditions, fields);
			}
			else if (INPUTS.contains(type)) {
				FormField field = input(component, type, conditions);
				if (fields.putIfAbsent(field.key(), field) != null) {
					throw new IllegalStateException("Form field key " + field.key() + " appears twice");
				}
			}
			else if (!LAYOUT.contains(type)) {
				throw new IllegalStateException("Unknown form component type " + type + ": the server cannot check it");
			}
		}
	}

	private static FormField dynamicList(JsonNode component, List<String> hide) {
		Map<String, FormField> items = new LinkedHashMap<>();
		collect(component, List.of(), items);
		String path = component.path("path").asText();
		if (path.isBlank()) {
			throw new IllegalStateException("Dynamic list " + component.path("id").asText() + " has no path");
		}
		return new FormField(path, "dynamiclist", text(component, "label"), false, false, null, null, null, null, null,
				null, null, List.of(), null, List.copyOf(hide), List.copyOf(items.values()),
				component.path("allowAddRemove").asBoolean(false));
	}

	private static FormField input(JsonNode component, String type, List<String> hide) {
		String key = component.path("key").asText("");
		if (key.isBlank()) {
			throw new IllegalStateException("Form field " + component.path("id").asText() + " has no key");
		}
		JsonNode validate = component.path("validate");
		List<String> options = new ArrayList<>();
		for (JsonNode value : component.path("values")) {
			options.add(value.path("value").asText());
		}
		boolean readonly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
		return new FormField(key, type, text(component, "label"), readonly, validate.path("required").asBoolean(false),
				integer(validate, "minLength"), integer(validate, "maxLength"), number(validate, "min"),
				number(validate, "max"), integer(component, "decimalDigits"), text(validate, "pattern"),
				text(component, "subtype"), List.copyOf(options), text(component, "valuesKey"), List.copyOf(hide),
				List.of(), false);
	}

	private static void texts(String text, Set<String> reads) {
		if (text.startsWith("=")) {
			names(text.substring(1), reads);
			return;
		}
		Matcher template = TEMPLATE.matcher(text);
		while (template.find()) {
			names(template.group(1).replaceAll("^#(each|if|with)\\s+|^/(each|if|with)", ""), reads);
		}
	}

	/** The variable names an expression reads (string literals left out). */
	static void names(String expression, Set<String> reads) {
		String withoutStrings = expression.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
		Matcher name = NAME.matcher(withoutStrings.startsWith("=") ? withoutStrings.substring(1) : withoutStrings);
		while (name.find()) {
			if (!FEEL_WORDS.contains(name.group(1))) {
				reads.add(name.group(1));
			}
		}
	}

	private static String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
	}

	private static Integer integer(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return value == null || !value.isNumber() ? null : value.intValue();
	}

	private static BigDecimal number(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return value == null || !value.isNumber() ? null : value.decimalValue();
	}
}

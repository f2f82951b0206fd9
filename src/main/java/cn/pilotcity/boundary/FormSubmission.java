package cn.pilotcity.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import cn.pilotcity.system.InvalidInputException;

/**
 * Checks a submission against the deployed form it answers, as the browser would have checked it and more: only
 * the form's own fields (anything else is refused whole), each by the rules its form declares — required, the kind
 * of value, length, range, decimals, pattern, options, dates — and only where the form shows it. What a user
 * cannot change in the form (a read-only field, a field the form hides) is not taken from the submission.
 */
final class FormSubmission {

	static final String REFUSED = "表单填写有误";

	private final FormSchema schema;
	private final Map<String, ?> submitted;
	private final Map<String, Object> current;
	private final List<String> problems = new ArrayList<>();

	private FormSubmission(FormSchema schema, Map<String, ?> submitted, Map<String, Object> current) {
		this.schema = schema;
		this.submitted = submitted;
		this.current = current;
	}

	/**
	 * The entries of the submission the form takes and the problems the form's rules find in them; a submission
	 * with anything beside the form's fields is refused whole, in Chinese.
	 *
	 * @param current the variables the form was opened with (what the task sees), for required fields left out of
	 *     the submission, for option lists and for the form's conditions
	 */
	static Checked accept(FormSchema schema, Map<String, ?> submitted, Map<String, Object> current) {
		return new FormSubmission(schema, submitted == null ? Map.of() : submitted, current).check();
	}

	/**
	 * @param accepted what of the submission to apply: the form's fields that the user could change
	 * @param problems what the form's rules refuse, one message per field, in Chinese
	 */
	record Checked(Map<String, Object> accepted, List<String> problems) {

		boolean refused() {
			return !problems.isEmpty();
		}
	}

	/** Refuses, before anything else is read, a submission that carries anything beside the form's fields. */
	static void refuseForeign(FormSchema schema, Map<String, ?> submitted) {
		if (submitted == null) {
			return;
		}
		Set<String> foreign = new TreeSet<>(submitted.keySet());
		foreign.removeAll(schema.fieldKeys());
		if (!foreign.isEmpty()) {
			throw new InvalidInputException("提交的内容含有表单以外的项目(" + String.join("、", foreign)
					+ "),未予接受:只能提交本任务表单中的内容");
		}
	}

	private Checked check() {
		refuseForeign(schema, submitted);
		Map<String, JsonNode> values = new HashMap<>();
		for (Map.Entry<String, ?> entry : submitted.entrySet()) {
			try {
				values.put(entry.getKey(), FormValue.of(entry.getValue()));
			}
			catch (FormValue.Unreadable e) {
				problems.add("“" + schema.field(entry.getKey()).orElseThrow().name(Map.of()) + "”的内容无法识别");
			}
		}
		Map<String, Object> form = new HashMap<>();
		current.keySet().forEach(key -> form.put(key, FormValue.plain(currentValue(key))));
		values.forEach((key, value) -> form.put(key, FormValue.plain(value)));
		Map<String, Object> accepted = new LinkedHashMap<>();
		for (FormField field : schema.fields().values()) {
			boolean sent = submitted.containsKey(field.key());
			if (field.isDisplayOnly() || FormConditions.hidden(field, form)) {
				continue;
			}
			JsonNode value = sent ? values.get(field.key()) : currentValue(field.key());
			if (value != null) {
				check(field, value, form, currentValue(field.key()), field.name(form));
			}
			if (sent) {
				accepted.put(field.key(), submitted.get(field.key()));
			}
		}
		return new Checked(accepted, List.copyOf(problems));
	}

	private JsonNode currentValue(String key) {
		try {
			return FormValue.of(current.get(key));
		}
		catch (FormValue.Unreadable e) {
			return NullNode.getInstance();
		}
	}

	private void check(FormField field, JsonNode value, Map<String, Object> form, JsonNode before, String name) {
		if (isEmpty(value)) {
			if (field.required()) {
				problems.add((field.hasOptions() || "checkbox".equals(field.kind()) ? "请选择“" : "请填写“") + name + "”");
			}
			return;
		}
		switch (field.kind()) {
			case "textfield", "textarea" -> text(field, value, name);
			case "number" -> number(field, value, name);
			case "checkbox" -> checkbox(field, value, name);
			case "radio", "select" -> choice(field, value, form, name);
			case "checklist", "taglist" -> choices(field, value, form, name);
			case "datetime" -> date(field, value, name);
			case "dynamiclist" -> items(field, value, form, before, name);
			default -> problems.add("“" + name + "”无法检查");
		}
	}

	private void text(FormField field, JsonNode value, String name) {
		if (!value.isTextual()) {
			problems.add("“" + name + "”应填写文字");
			return;
		}
		String text = value.asText();
		if (field.required() && text.isBlank()) {
			problems.add("请填写“" + name + "”");
		}
		else if (field.minLength() != null && text.strip().length() < field.minLength()) {
			problems.add("“" + name + "”不少于 " + field.minLength() + " 字");
		}
		else if (field.maxLength() != null && text.length() > field.maxLength()) {
			problems.add("“" + name + "”不能超过 " + field.maxLength() + " 字");
		}
		else if (field.pattern() != null && !matches(field.pattern(), text)) {
			problems.add("“" + name + "”的格式不正确");
		}
	}

	private void number(FormField field, JsonNode value, String name) {
		BigDecimal number;
		try {
			number = value.isNumber() ? value.decimalValue() : value.isTextual() ? new BigDecimal(value.asText().strip()) : null;
		}
		catch (NumberFormatException e) {
			number = null;
		}
		if (number == null) {
			problems.add("“" + name + "”应填写数字");
		}
		else if (field.min() != null && number.compareTo(field.min()) < 0
				|| field.max() != null && number.compareTo(field.max()) > 0) {
			problems.add("“" + name + "”应" + range(field));
		}
		else if (field.decimalDigits() != null && number.stripTrailingZeros().scale() > field.decimalDigits()) {
			problems.add(field.decimalDigits() == 0 ? "“" + name + "”应填写整数"
					: "“" + name + "”最多保留 " + field.decimalDigits() + " 位小数");
		}
	}

	private static String range(FormField field) {
		if (field.min() != null && field.max() != null) {
			return "在 " + field.min().toPlainString() + " 至 " + field.max().toPlainString() + " 之间";
		}
		return field.min() != null ? "不小于 " + field.min().toPlainString() : "不大于 " + field.max().toPlainString();
	}

	private void checkbox(FormField field, JsonNode value, String name) {
		boolean bool = value.isBoolean() || value.isTextual() && Set.of("true", "false").contains(value.asText());
		if (!bool) {
			problems.add("“" + name + "”应为勾选或不勾选");
		}
		else if (field.required() && !value.asBoolean()) {
			problems.add("请勾选“" + name + "”");
		}
	}

	private void choice(FormField field, JsonNode value, Map<String, Object> form, String name) {
		if (!value.isValueNode() || !options(field, form).contains(value.asText())) {
			problems.add("“" + name + "”的选择不在可选范围内");
		}
	}

	private void choices(FormField field, JsonNode submittedValue, Map<String, Object> form, String name) {
		JsonNode value = FormValue.listOrText(submittedValue);
		if (!value.isArray()) {
			problems.add("“" + name + "”格式不正确");
			return;
		}
		List<String> options = options(field, form);
		for (JsonNode item : value) {
			if (!item.isValueNode() || !options.contains(item.asText())) {
				problems.add("“" + name + "”的选择不在可选范围内");
				return;
			}
		}
		if (field.required() && value.isEmpty()) {
			problems.add("请选择“" + name + "”");
		}
	}

	/** The form's own values, or those of the variable it names ({@code valuesKey}: {@code [{label, value}]} or texts). */
	private List<String> options(FormField field, Map<String, Object> form) {
		if (field.valuesKey() == null) {
			return field.options();
		}
		List<String> options = new ArrayList<>();
		JsonNode list = FormValue.listOrText(currentValue(field.valuesKey()));
		for (JsonNode option : list) {
			options.add(option.isObject() ? option.path("value").asText() : option.asText());
		}
		return options;
	}

	private void date(FormField field, JsonNode value, String name) {
		if (!value.isTextual()) {
			problems.add("“" + name + "”格式不正确");
			return;
		}
		String text = value.asText().strip();
		try {
			switch (field.subtype() == null ? "date" : field.subtype()) {
				case "time" -> LocalTime.parse(text.length() > 8 ? text.substring(0, 8) : text);
				case "datetime" -> dateTime(text);
				default -> LocalDate.parse(text);
			}
		}
		catch (DateTimeParseException e) {
			problems.add("“" + name + "”应为" + ("time".equals(field.subtype()) ? "时间(时:分)" : "日期(年-月-日)"));
		}
	}

	private static void dateTime(String text) {
		try {
			OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException e) {
			LocalDateTime.parse(text);
		}
	}

	/**
	 * A dynamic list: every item holds only the list's fields, each checked by its rules; read-only fields keep the
	 * values the form showed, and items are added or removed only where the form allows it.
	 */
	private void items(FormField list, JsonNode submittedValue, Map<String, Object> form, JsonNode before, String name) {
		JsonNode value = FormValue.listOrText(submittedValue);
		JsonNode shown = FormValue.listOrText(before);
		if (!value.isArray()) {
			problems.add("“" + name + "”格式不正确");
			return;
		}
		if (!list.allowAddRemove() && shown.isArray() && value.size() != shown.size()) {
			problems.add("“" + name + "”的条目不能增减,请刷新后重新办理");
			return;
		}
		Set<String> keys = new TreeSet<>();
		list.items().forEach(item -> keys.add(item.key()));
		for (int i = 0; i < value.size(); i++) {
			JsonNode item = value.get(i);
			String where = "“" + name + "”第 " + (i + 1) + " 项";
			if (!item.isObject()) {
				problems.add(where + "格式不正确");
				continue;
			}
			for (Iterator<String> it = item.fieldNames(); it.hasNext();) {
				String key = it.next();
				if (!keys.contains(key)) {
					problems.add(where + "含有表单以外的内容(" + key + ")");
				}
			}
			JsonNode itemBefore = shown.isArray() && i < shown.size() ? shown.get(i) : NullNode.getInstance();
			Map<String, Object> itemForm = new HashMap<>(form);
			item.fields().forEachRemaining(e -> itemForm.put(e.getKey(), FormValue.plain(e.getValue())));
			for (FormField field : list.items()) {
				JsonNode fieldValue = item.path(field.key());
				if (field.readonly()) {
					if (!item.path(field.key()).equals(itemBefore.path(field.key())) && item.has(field.key())) {
						problems.add(where + "的“" + field.name(itemForm) + "”不能修改");
					}
				}
				else if (!FormConditions.hidden(field, itemForm)) {
					check(field, fieldValue.isMissingNode() ? NullNode.getInstance() : fieldValue, itemForm,
							itemBefore.path(field.key()), name + "第 " + (i + 1) + " 项的" + field.name(itemForm));
				}
			}
		}
	}

	private static boolean isEmpty(JsonNode value) {
		return value == null || value.isNull() || value.isMissingNode() || value.isTextual() && value.asText().isEmpty();
	}

	private static boolean matches(String pattern, String text) {
		try {
			return Pattern.compile(pattern).matcher(text).find();
		}
		catch (PatternSyntaxException e) {
			return true;
		}
	}
}

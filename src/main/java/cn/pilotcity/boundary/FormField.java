package cn.pilotcity.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * One input of a deployed Camunda Form, with the rules the form declares for it (form-js schema): its key (or the
 * {@code path} of a dynamic list), its kind, what the user sees as its name, and its {@code validate} block.
 *
 * @param kind the form-js component type: textfield, textarea, number, checkbox, radio, select, checklist,
 *     taglist, datetime, dynamiclist
 * @param options the allowed values of a radio, select, checklist or taglist given in the form ({@code values});
 *     empty when they come from a variable ({@code valuesKey}) or the field has none
 * @param hide the FEEL conditions under which the field is hidden: its own and those of the groups around it
 * @param items the fields of one item of a dynamic list
 * @param allowAddRemove whether the user may add and remove items of a dynamic list
 */
record FormField(String key, String kind, String label, boolean readonly, boolean required, Integer minLength,
		Integer maxLength, BigDecimal min, BigDecimal max, Integer decimalDigits, String pattern, String subtype,
		List<String> options, String valuesKey, List<String> hide, List<FormField> items, boolean allowAddRemove) {

	static final List<String> CHOICES = List.of("radio", "select");
	static final List<String> MULTIPLE_CHOICES = List.of("checklist", "taglist");
	static final List<String> TEXTS = List.of("textfield", "textarea");

	/**
	 * What the user reads as the field's name in a message: its label, evaluated as form-js does where the label is
	 * an expression ({@code =rubric[2].name}) against what the form holds.
	 */
	String name(java.util.Map<String, Object> form) {
		if (label == null || label.isBlank()) {
			return key;
		}
		if (!label.startsWith("=")) {
			return label;
		}
		Object text = FormConditions.evaluate(label.substring(1), form);
		return text == null || text.toString().isBlank() ? key : text.toString();
	}

	boolean isList() {
		return MULTIPLE_CHOICES.contains(kind) || "dynamiclist".equals(kind);
	}

	/** Whether the field's value comes from a fixed or variable list of options. */
	boolean hasOptions() {
		return CHOICES.contains(kind) || MULTIPLE_CHOICES.contains(kind);
	}

	/** A dynamic list whose every field is read-only shows data; nothing of it is taken back. */
	boolean isDisplayOnly() {
		return readonly || "dynamiclist".equals(kind) && items.stream().allMatch(FormField::isDisplayOnly);
	}
}

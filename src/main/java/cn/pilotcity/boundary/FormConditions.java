package cn.pilotcity.boundary;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A form's {@code conditional.hide} expressions (FEEL, as form-js evaluates them in the browser), evaluated on the
 * server with the engine's own FEEL engine against what the form holds: the task's variables with the submission
 * over them. A field the browser hides is not submitted, so the server neither requires nor takes it.
 */
final class FormConditions {

	private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

	private FormConditions() {
	}

	static boolean hidden(FormField field, Map<String, Object> form) {
		return hidden(field.hide(), form);
	}

	static boolean hidden(List<String> conditions, Map<String, Object> form) {
		for (String condition : conditions) {
			String expression = condition.startsWith("=") ? condition.substring(1) : condition;
			if (Boolean.TRUE.equals(evaluate(expression, form))) {
				return true;
			}
		}
		return false;
	}

	static Object evaluate(String expression, Map<String, Object> form) {
		try {
			return FEEL.evaluateSimpleExpression(expression, Variables.fromMap(form).asVariableContext());
		}
		catch (FeelException | IllegalArgumentException e) {
			// form-js treats a condition it cannot evaluate as false: the field stays visible
			return null;
		}
	}
}

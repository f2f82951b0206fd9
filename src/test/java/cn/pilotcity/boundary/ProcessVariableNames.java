package cn.pilotcity.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every variable name any of our processes reads or writes, as an attacker would collect them: the names in the
 * BPMN expressions, mappings and loops, the DMN inputs, every form's keys, and the names our Java code passes to
 * the engine's variable methods. Each is a value some step may trust, so none may come in beside a task's form.
 */
final class ProcessVariableNames {

	private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
	private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|&quot;.*?&quot;");
	private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)");
	private static final Pattern BPMN_NAME = Pattern.compile(
			"(?:camunda:(?:inputParameter|outputParameter) name|source|target|camunda:elementVariable|camunda:resultVariable|camunda:variableName)=\"(\\w+)\"");
	private static final Pattern DMN_INPUT = Pattern.compile("<inputExpression[^>]*>\\s*<text>([^<]*)</text>");
	private static final Pattern FORM_KEY = Pattern.compile("\"(?:key|valuesKey|path)\"\\s*:\\s*\"(\\w+)\"");
	private static final Pattern JAVA = Pattern.compile(
			"(?:[gs]etVariable(?:Local)?(?:Typed)?|hasVariable(?:Local)?|removeVariable(?:Local)?|variableName|putValue|"
					+ "TaskValues\\.\\w+)\\((?:\\w+, *)?\"(\\w+)\"");
	private static final Set<String> NOT_NAMES = Set.of("true", "false", "null", "and", "or", "not", "empty", "eq", "ne",
			"lt", "gt", "le", "ge", "div", "mod", "instanceof", "if", "then", "else");

	private static Set<String> names;

	private ProcessVariableNames() {
	}

	static synchronized Set<String> all() {
		if (names == null) {
			Set<String> found = new TreeSet<>();
			files(Path.of("processes"), ".bpmn").forEach(text -> bpmn(text, found));
			files(Path.of("processes"), ".dmn").forEach(text -> matches(DMN_INPUT, text, found, true));
			files(Path.of("forms"), ".form").forEach(text -> matches(FORM_KEY, text, found, false));
			files(Path.of("src/main/java"), ".java").forEach(text -> matches(JAVA, text, found, false));
			found.removeAll(NOT_NAMES);
			names = Set.copyOf(found);
		}
		return names;
	}

	private static void bpmn(String text, Set<String> found) {
		Matcher expression = EXPRESSION.matcher(text);
		while (expression.find()) {
			identifiers(expression.group(1), found);
		}
		matches(BPMN_NAME, text, found, false);
	}

	private static void matches(Pattern pattern, String text, Set<String> found, boolean expression) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			if (expression) {
				identifiers(matcher.group(1), found);
			}
			else {
				found.add(matcher.group(1));
			}
		}
	}

	private static void identifiers(String expression, Set<String> found) {
		Matcher identifier = IDENTIFIER.matcher(QUOTED.matcher(expression).replaceAll(" "));
		while (identifier.find()) {
			found.add(identifier.group(1));
		}
	}

	private static Stream<String> files(Path root, String suffix) {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(p -> p.toString().endsWith(suffix)).map(ProcessVariableNames::read).toList().stream();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

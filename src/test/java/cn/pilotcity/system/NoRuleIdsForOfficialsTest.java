package cn.pilotcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Rule IDs (R-SME-4 …) are the developers' words: they belong in the BPMN documentation, docs/rules.md and the tests,
 * never in what officials read — a form's titles, labels, descriptions and options, our pages' visible text, the
 * messages our code writes for users.
 */
class NoRuleIdsForOfficialsTest {

	private static final Pattern RULE_ID = Pattern.compile("R-(SME|SC|AA|TR|RC|TW|X|PUB|REV|DT|SV)-\\d+");
	private static final List<String> SHOWN = List.of("text", "label", "description", "dateLabel", "timeLabel");

	@Test
	@DisplayName("No form shows a rule ID to officials: titles, labels, descriptions, options")
	void forms() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> forms = Files.list(Path.of("forms"))) {
			for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
				collect(new ObjectMapper().readTree(form.toFile()), form.getFileName().toString(), found);
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	@DisplayName("No page shows a rule ID, and no message our code writes for users names one")
	void pagesAndMessages() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = file.toString();
				if (!(name.endsWith(".java") || name.endsWith(".js") || name.endsWith(".html"))) {
					continue;
				}
				for (String line : Files.readAllLines(file)) {
					String code = line.strip();
					if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*") || code.startsWith("<!--")
							|| code.startsWith("@")) {
						continue;
					}
					// only string literals reach users; identifiers, comments and annotations do not
					var literal = Pattern.compile("\"([^\"\\\\]|\\\\.)*\"|'([^'\\\\]|\\\\.)*'|>[^<]*<").matcher(code);
					while (literal.find()) {
						if (RULE_ID.matcher(literal.group()).find()) {
							found.add(file + ": " + literal.group());
						}
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	private static void collect(JsonNode node, String form, List<String> found) {
		if (node.isObject()) {
			for (String key : SHOWN) {
				if (node.path(key).isTextual() && RULE_ID.matcher(node.get(key).asText()).find()) {
					found.add(form + " " + node.path("id").asText() + ": " + node.get(key).asText());
				}
			}
			node.path("values").forEach(value -> collect(value, form, found));
		}
		node.forEach(child -> collect(child, form, found));
	}
}

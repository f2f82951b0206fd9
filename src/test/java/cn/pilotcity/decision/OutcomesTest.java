package cn.pilotcity.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every outcome a step records is said in Chinese wherever it is shown (timeline, Word documents). */
class OutcomesTest {

	@Test
	@DisplayName("R-X-1: every outcome of every decision task, and those our steps record themselves, has its Chinese words")
	void everyOutcomeIsNamed() throws IOException {
		List<String> outcomes = new ArrayList<>(List.of("ADMIT", "NOT_ADMIT", "CONCUR", "GRANT", "START_CYCLE", "PROMOTE",
				"CONTINUE", "RECTIFY", "MISSED"));
		Pattern declared = Pattern.compile("decision\\.outcomes\" value=\"([A-Z_,]+)\"");
		try (Stream<Path> models = Files.list(Path.of("processes"))) {
			for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
				Matcher matcher = declared.matcher(Files.readString(model));
				while (matcher.find()) {
					outcomes.addAll(List.of(matcher.group(1).split(",")));
				}
			}
		}
		assertThat(outcomes).hasSizeGreaterThan(25).allSatisfy(o -> assertThat(Outcomes.isNamed(o)).as(o).isTrue());
		assertThat(Outcomes.label("SUBMIT")).isEqualTo("提交申报");
	}
}

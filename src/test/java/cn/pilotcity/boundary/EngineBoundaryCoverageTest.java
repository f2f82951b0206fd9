package cn.pilotcity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs last (junit-platform.properties orders the classes): the hostile probe ({@link BoundaryProbe}) has by then
 * tried every user task and every start form of our processes that the suite works, and this test proves that none
 * was left out. Run on its own, with nothing probed, it is skipped.
 */
@Order(Integer.MAX_VALUE)
@Tag("hostile")
class EngineBoundaryCoverageTest {

	private static final Pattern PROCESS = Pattern.compile("<bpmn:process id=\"([\\w-]+)\"");
	private static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask id=\"(\\w+)\"");
	private static final Pattern START_FORM = Pattern.compile("<bpmn:startEvent id=\"\\w+\"[^>]*camunda:formRef=");

	@Test
	@DisplayName("R-X-1: every user task and every start form of every process refused, as its own user, each variable name the processes read, BPMN errors, escalations and variable edits, and nothing changed")
	void everyTaskAndStartFormWasProbed() throws IOException {
		assumeTrue(!BoundaryProbe.probedTasks().isEmpty(), "only meaningful after the whole suite");
		Set<String> tasks = new TreeSet<>();
		Set<String> starts = new TreeSet<>();
		try (Stream<Path> models = Files.list(Path.of("processes"))) {
			for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
				String bpmn = Files.readString(model);
				Matcher process = PROCESS.matcher(bpmn);
				process.find();
				Matcher task = USER_TASK.matcher(bpmn);
				while (task.find()) {
					tasks.add(process.group(1) + ":" + task.group(1));
				}
				if (START_FORM.matcher(bpmn).find()) {
					starts.add(process.group(1));
				}
			}
		}
		assertThat(tasks).hasSizeGreaterThan(20);
		assertThat(BoundaryProbe.probedTasks()).as("user tasks probed").containsAll(tasks);
		assertThat(BoundaryProbe.probedStarts()).as("start forms probed").containsAll(starts);
		assertThat(ProcessVariableNames.all()).as("variable names tried").hasSizeGreaterThan(100)
				.contains("cityCode", "provinceCode", "applicationId", "initiator");
	}
}

package cn.pilotcity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature package is a module: no cycle between modules, no reach into another module's internals
 * (its sub-packages), and docs/architecture.md lists the modules with what each depends on, as they are.
 */
class ModularityTest {

	private static final ApplicationModules MODULES = ApplicationModules.of(PilotCityApplication.class);

	private static final Pattern DOCUMENTED = Pattern.compile("^\\| `(\\w+)` \\| [^|]* \\| ([^|]*) \\|$", Pattern.MULTILINE);

	@Test
	void modulesHaveNoCycleAndUseOnlyEachOthersPublicTypes() {
		MODULES.verify();
	}

	@Test
	void theArchitectureDocumentListsEachModuleWithItsDependencies() throws IOException {
		Map<String, String> actual = new TreeMap<>();
		for (ApplicationModule module : MODULES) {
			actual.put(module.getIdentifier().toString(), module.getDirectDependencies(MODULES)
					.uniqueModules().map(m -> "`" + m.getIdentifier() + "`").collect(Collectors.toCollection(TreeSet::new))
					.stream().collect(Collectors.joining(", ")));
		}
		Map<String, String> documented = new TreeMap<>();
		Matcher row = DOCUMENTED.matcher(Files.readString(Path.of("docs/architecture.md")));
		while (row.find()) {
			documented.put(row.group(1), row.group(2).strip().replace("—", ""));
		}
		assertThat(documented).as("docs/architecture.md, table of modules").isEqualTo(actual);
	}
}

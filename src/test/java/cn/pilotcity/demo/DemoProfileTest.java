package cn.pilotcity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.Titles;
import cn.pilotcity.identity.Memberships;
import cn.pilotcity.lifecycle.Lifecycles;

/**
 * What `./mvnw spring-boot:run` shows on a fresh machine: the demo profile's accounts and data, each user seeing
 * only his own region's work. Its own engine on its own in-memory H2 (also under -Pmysql), so the demo data stay
 * out of the other tests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spring.profiles.active=test,demo",
		"spring.datasource.url=jdbc:h2:mem:pilotcity-demo;DB_CLOSE_DELAY=-1", "camunda.bpm.process-engine-name=demo",
		// the webapps keep their engine in static fields: a second copy would take them from the other tests' context
		"spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration" })
@DirtiesContext(classMode = ClassMode.AFTER_CLASS) // closing it unregisters its engine: the other tests see one engine
class DemoProfileTest {

	@Autowired
	ProcessEngine engine;
	@Autowired
	Memberships memberships;
	@Autowired
	Titles titles;
	@Autowired
	Lifecycles lifecycles;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	List<ApplicationRunner> runners;

	@BeforeEach
	void useThisEngine() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void forgetThisEngine() {
		BpmnAwareTests.reset();
	}

	@Test
	@DisplayName("Demo profile: the README's accounts exist with the password demo, in their regions' groups")
	void accounts() {
		for (String user : List.of("admin", "cnipa-admin", "miit-admin", "city-320500", "city-330200", "prov-ip-320000",
				"prov-sme-320000", "expert-01", "evaluator-01")) {
			assertThat(engine.getIdentityService().checkPassword(user, "demo")).as(user).isTrue();
		}
		assertThat(memberships.groupsOf("city-330100")).contains("city-330100");
		assertThat(memberships.groupsOf("prov-ip-320000")).contains("prov-ip-320000");
	}

	@Test
	@DisplayName("Demo profile, R-SME-3: 杭州 drafts, 苏州's application waits for both of Jiangsu's offices; each user sees only his own region's tasks")
	void everyoneSeesOnlyHisOwnWork() {
		assertThat(visibleTo("city-330100")).extracting(Task::getTaskDefinitionKey).containsExactly("Task_DraftApplication");
		assertThat(visibleTo("prov-ip-320000")).extracting(Task::getTaskDefinitionKey).contains("Task_ProvincialIpOfficeReview");
		assertThat(visibleTo("prov-sme-320000")).extracting(Task::getTaskDefinitionKey).contains("Task_ProvincialSmeAuthorityReview");
		for (String user : List.of("city-330100", "city-320500", "prov-ip-320000", "prov-ip-330000", "prov-sme-320000")) {
			String region = user.substring(user.lastIndexOf('-') + 1);
			assertThat(visibleTo(user)).as(user).allSatisfy(task -> assertThat(cityOf(task)).startsWith(region.endsWith("0000")
					? region.substring(0, 2) : region));
		}
		assertThat(visibleTo("city-320300")).isEmpty();
	}

	@Test
	@DisplayName("Demo profile, R-AA-1: 宁波's demonstration-city title has its lifecycle waiting for the next annual assessment")
	void ningboLifecycleRuns() {
		long title = titles.find("330200", TitleKind.DEMONSTRATION).orElseThrow().id();
		ProcessInstance lifecycle = lifecycles.running(title).orElseThrow();
		assertThat(lifecycle).isWaitingAt("Timer_AnnualAssessment");
	}

	@Test
	@DisplayName("Demo profile: a restart keeps the data — the demo runners add nothing the second time")
	void restartAddsNothing() throws Exception {
		Map<String, Long> before = counts();
		for (ApplicationRunner runner : runners) {
			runner.run(new DefaultApplicationArguments());
		}
		assertThat(counts()).isEqualTo(before);
	}

	private List<Task> visibleTo(String userId) {
		engine.getIdentityService().setAuthentication(userId, memberships.groupsOf(userId));
		try {
			return engine.getTaskService().createTaskQuery().list();
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	private String cityOf(Task task) {
		return (String) engine.getRuntimeService().getVariable(task.getExecutionId(), "cityCode");
	}

	private Map<String, Long> counts() {
		return Map.of("users", engine.getIdentityService().createUserQuery().count(),
				"instances", engine.getRuntimeService().createProcessInstanceQuery().count(),
				"applications", jdbc.queryForObject("SELECT COUNT(*) FROM pc_application", Long.class),
				"experts", jdbc.queryForObject("SELECT COUNT(*) FROM pc_expert", Long.class));
	}
}

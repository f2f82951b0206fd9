package cn.pilotcity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;

import cn.pilotcity.system.Unrestricted;
import cn.pilotcity.support.Http;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/** The demo clock exists only in the demo profile; what it does is tested on an instance made by hand. */
@PilotCityTest
class DemoClockTest {

	@Autowired
	ApplicationContext context;
	@Autowired
	TestRestTemplate rest;
	@Autowired
	TestUsers users;
	@Autowired
	ProcessEngine engine;
	@Autowired
	Unrestricted unrestricted;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("Outside the demo profile there is no time switch: no controller, /api/demo/clock and /demo/clock answer 404")
	void absentOutsideDemo() {
		assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain("demo");
		assertThat(context.getBeanNamesForType(DemoClockController.class)).isEmpty();
		Http http = new Http(rest);
		assertThat(http.get(users.cnipa(), "/api/demo/clock").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.post(users.cnipa(), "/api/demo/clock", Map.of("days", 30)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(rest.getForEntity("/demo/clock", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	@DisplayName("Demo clock: moving forward sets the engine's time, keeps the offset for a restart and runs the jobs that fall due; it never moves back")
	void movesForwardAndRunsDueJobs() {
		Deployment deployment = engine.getRepositoryService().createDeployment()
				.addClasspathResource("test-processes/demo-clock-test.bpmn").deploy();
		DemoClock clock = new DemoClock(engine.getManagementService(), engine.getRuntimeService(), unrestricted);
		try {
			ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("demo-clock-test");
			LocalDateTime before = LocalDateTime.now();

			DemoClock.State state = clock.advance(Duration.ofHours(3));

			assertThat(state.now()).isAfter(before.plusHours(2).plusMinutes(59));
			assertThat(LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()))
					.isAfter(before.plusHours(2).plusMinutes(59));
			assertThat(state.jobsRun()).isGreaterThanOrEqualTo(1);
			assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
			assertThat(engine.getManagementService().getProperties()).containsKey(DemoClock.OFFSET_PROPERTY);
			assertThatThrownBy(() -> clock.moveTo(before.minusDays(1))).isInstanceOf(IllegalArgumentException.class);

			clock.reset();
			assertThat(engine.getManagementService().getProperties()).doesNotContainKey(DemoClock.OFFSET_PROPERTY);
			assertThat(ClockUtil.getCurrentTime().getTime()).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(5000L));
		}
		finally {
			clock.reset();
			engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
		}
	}
}

package cn.pilotcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.pilotcity.support.PilotCityTest;

/**
 * The engine's history cleanup keeps the database from growing without bound (docs/operations.md): every
 * finished instance gets a removal time (its end plus the process's history time to live), and the cleanup
 * job, scheduled in the night window, deletes what is due. Here a test process with a time to live of 30 days
 * ends once 40 days ago and once 10 days ago; one run of the cleanup job removes the first and keeps the second.
 */
@PilotCityTest
class HistoryCleanupTest {

	@Autowired
	ProcessEngine engine;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("History cleanup: the job is scheduled in the configured night window")
	void scheduledInTheNightWindow() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
		assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");

		Job job = engine.getHistoryService().cleanUpHistoryAsync();

		LocalTime due = LocalTime.ofInstant(job.getDuedate().toInstant(), ZoneId.systemDefault());
		assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
		assertThat(engine.getHistoryService().findHistoryCleanupJobs()).extracting(Job::getId).contains(job.getId());
	}

	@Test
	@DisplayName("History cleanup: history older than its time to live is deleted, recent history stays")
	void deletesExpiredHistoryOnly() {
		Deployment deployment = engine.getRepositoryService().createDeployment()
				.addClasspathResource("test-processes/history-cleanup-test.bpmn").deploy();
		try {
			Instant now = Instant.now();
			String expired = finishedAt(now.minus(Duration.ofDays(40)));
			String recent = finishedAt(now.minus(Duration.ofDays(10)));
			ClockUtil.reset();
			HistoryService history = engine.getHistoryService();
			assertThat(instance(expired).getRemovalTime()).isBefore(Date.from(now));
			assertThat(instance(recent).getRemovalTime()).isAfter(Date.from(now));
			assertThat(activities(expired)).isEqualTo(3);
			assertThat(variables(expired)).isEqualTo(1);

			// the cleanup deletes in batches; what other tests left to delete may need a few runs
			for (int run = 0; run < 20 && instance(expired) != null; run++) {
				Job job = history.cleanUpHistoryAsync(true);
				engine.getManagementService().executeJob(job.getId());
			}

			assertThat(instance(expired)).isNull();
			assertThat(activities(expired)).isZero();
			assertThat(variables(expired)).isZero();
			assertThat(instance(recent)).isNotNull();
			assertThat(activities(recent)).isEqualTo(3);
			assertThat(variables(recent)).isEqualTo(1);
		}
		finally {
			ClockUtil.reset();
			engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
		}
	}

	private String finishedAt(Instant time) {
		ClockUtil.setCurrentTime(Date.from(time));
		String id = engine.getRuntimeService().startProcessInstanceByKey("history-cleanup-test", Map.of("note", "测试"))
				.getId();
		assertThat(instance(id).getEndTime()).isNotNull();
		return id;
	}

	private HistoricProcessInstance instance(String id) {
		return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
	}

	private long activities(String id) {
		return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id).count();
	}

	private long variables(String id) {
		return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id).count();
	}
}

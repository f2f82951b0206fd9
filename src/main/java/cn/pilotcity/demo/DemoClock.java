package cn.pilotcity.demo;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.pilotcity.system.Unrestricted;
import cn.pilotcity.system.EngineClock;

/**
 * The demo's time machine: moves the engine's clock ({@link ClockUtil}, which every timer, due date and our
 * own time stamps read) forward by an offset, keeps the offset in the engine's properties so a restart keeps
 * the demo's date, and then runs the jobs that have become due at once, so that the tasks they create are
 * there when the page reloads. Only ever created in the demo profile ({@link DemoClockController}).
 */
class DemoClock {

	static final String OFFSET_PROPERTY = "pilotcity.demo.clock-offset-ms";
	static final String ANNUAL_ASSESSMENT_TIMER = "Timer_AnnualAssessment";
	static final int MAX_JOBS = 2000;

	private static final Logger log = LoggerFactory.getLogger(DemoClock.class);

	record NextTimer(LocalDateTime due, String processDefinitionKey, String activityId, String businessKey) {
	}

	record State(LocalDateTime now, long offsetDays, NextTimer nextTimer, int jobsRun, int jobsFailed) {
	}

	private final ManagementService managementService;
	private final RuntimeService runtimeService;
	private final Unrestricted unrestricted;

	DemoClock(ManagementService managementService, RuntimeService runtimeService, Unrestricted unrestricted) {
		this.managementService = managementService;
		this.runtimeService = runtimeService;
		this.unrestricted = unrestricted;
	}

	/** Restores the offset kept from the last run. */
	void restore() {
		String kept = unrestricted.lookup(() -> managementService.getProperties().get(OFFSET_PROPERTY));
		if (kept != null) {
			ClockUtil.offset(Long.parseLong(kept));
			log.info("Demo clock restored: engine time is {}", EngineClock.now());
		}
	}

	State state() {
		return state(0, 0);
	}

	synchronized State advance(Duration by) {
		if (by.isNegative()) {
			throw new IllegalArgumentException("the demo clock only moves forward");
		}
		return moveTo(EngineClock.now().plus(by));
	}

	synchronized State moveTo(LocalDateTime target) {
		if (target.isBefore(EngineClock.now().minusMinutes(1))) {
			throw new IllegalArgumentException("the demo clock only moves forward");
		}
		long offset = target.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli() - System.currentTimeMillis();
		ClockUtil.offset(offset);
		unrestricted.lookup(() -> {
			managementService.setProperty(OFFSET_PROPERTY, Long.toString(offset));
			return null;
		});
		log.info("Demo clock moved to {}", target);
		return runDueJobs();
	}

	/** Moves to the moment the next timer is due (plus a second) and runs it. */
	synchronized State toNextTimer() {
		return toTimer(nextTimer(null));
	}

	/** Moves to the next day a title's annual assessment starts (R-AA-1), past reminders and daily polls. */
	synchronized State toNextAnnualAssessment() {
		return toTimer(nextTimer(ANNUAL_ASSESSMENT_TIMER));
	}

	private State toTimer(NextTimer next) {
		if (next == null) {
			return state();
		}
		return moveTo(next.due().plusSeconds(1));
	}

	synchronized State reset() {
		ClockUtil.reset();
		unrestricted.lookup(() -> {
			managementService.deleteProperty(OFFSET_PROPERTY);
			return null;
		});
		return state();
	}

	/** Runs every job due by now, as the system, until none is left (a job may make others due). */
	State runDueJobs() {
		int run = 0;
		int failed = 0;
		while (run + failed < MAX_JOBS) {
			List<Job> due = unrestricted.lookup(() -> managementService.createJobQuery().executable().active()
					.orderByJobDuedate().asc().listPage(0, 50));
			if (due.isEmpty()) {
				break;
			}
			int before = run + failed;
			for (Job job : due) {
				try {
					unrestricted.lookup(() -> {
						managementService.executeJob(job.getId());
						return null;
					});
					run++;
				}
				catch (RuntimeException e) {
					// taken by the job executor meanwhile, or failing (it then counts down its retries)
					log.warn("Demo clock: job {} not run: {}", job.getId(), e.getMessage());
					failed++;
				}
			}
			if (run + failed == before) {
				break;
			}
			if (failed > 0 && run == 0) {
				break;
			}
		}
		return state(run, failed);
	}

	private State state(int run, int failed) {
		long offset = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
		return new State(EngineClock.now(), Math.round(offset / 86_400_000.0), nextTimer(null), run, failed);
	}

	private NextTimer nextTimer(String activityId) {
		Date now = ClockUtil.getCurrentTime();
		return unrestricted.lookup(() -> {
			JobQuery query = managementService.createJobQuery().timers().active().duedateHigherThan(now);
			if (activityId != null) {
				query.activityId(activityId);
			}
			List<Job> timers = query.orderByJobDuedate().asc().listPage(0, 1);
			if (timers.isEmpty()) {
				return null;
			}
			Job job = timers.get(0);
			JobDefinition definition = job.getJobDefinitionId() == null ? null
					: managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
			ProcessInstance instance = job.getProcessInstanceId() == null ? null
					: runtimeService.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId()).singleResult();
			return new NextTimer(LocalDateTime.ofInstant(job.getDuedate().toInstant(), ZoneId.systemDefault()),
					job.getProcessDefinitionKey(), definition == null ? null : definition.getActivityId(),
					instance == null ? null : instance.getBusinessKey());
		});
	}
}

package cn.pilotcity.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;

import cn.pilotcity.city.City;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.TitleStatus;
import cn.pilotcity.city.Titles;
import cn.pilotcity.identity.Roles;

/**
 * 4. The January burst: every city's title-lifecycle timer for the annual assessment is due at the same
 * moment; the job executor, built as the application configures it, turns them into the cities' report
 * tasks. Baseline: as many timers of a minimal process (timer → user task) through the same executor.
 */
final class JanuaryBurst {

	static final String FLOOR_PROCESS = "bench-burst-floor";
	private static final String CITY_REPORT = "Task_SubmitAnnualReport";
	private static final long TIMEOUT_MS = 180_000;

	private final ProcessEngine engine;
	private final Titles titles;
	private final CamundaBpmProperties properties;
	private final List<City> cities;

	JanuaryBurst(ProcessEngine engine, Titles titles, CamundaBpmProperties properties, List<City> cities) {
		this.engine = engine;
		this.titles = titles;
		this.properties = properties;
		this.cities = cities;
	}

	static BpmnModelInstance floorModel() {
		return Bpmn.createExecutableProcess(FLOOR_PROCESS).camundaHistoryTimeToLive(30)
				.startEvent()
				.intermediateCatchEvent("Timer_Due").timerWithDate("${due}")
				.userTask("Task_Floor").camundaCandidateGroups("${group}")
				.endEvent().done();
	}

	/** The year whose assessment the burst creates (the titles are granted the year before). */
	static int assessedYear(LocalDate grantedOn) {
		return grantedOn.getYear();
	}

	void run(BenchReport report, LocalDate grantedOn) {
		setClock(grantedOn.atTime(9, 0));
		for (City city : cities) {
			// some reference cities hold the title already (without a lifecycle): end it, as a new grant would need
			titles.find(city.code(), TitleKind.DEMONSTRATION).filter(Title::isActive).ifPresent(t -> titles.changeStatus(t.id(),
					t.status(), TitleStatus.ENDED, grantedOn.minusDays(1), "基准测试前结束", null, "bench"));
			titles.grant(city.code(), TitleKind.DEMONSTRATION, grantedOn, null, "基准测试", "基准〔" + grantedOn.getYear() + "〕1号", "bench");
		}
		LocalDateTime due = LocalDate.of(grantedOn.getYear() + 1, 1, 15).atStartOfDay();
		Date floorDue = date(due.minusDays(1));
		for (City city : cities) {
			engine.getRuntimeService().startProcessInstanceByKey(FLOOR_PROCESS,
					Map.of("due", floorDue, "group", Roles.city(city.code())));
		}

		setClock(due.minusDays(1).plusMinutes(1));
		Burst floor = burst(engine.getTaskService().createTaskQuery().processDefinitionKey(FLOOR_PROCESS));
		setClock(due.plusMinutes(1));
		Burst ours = burst(engine.getTaskService().createTaskQuery().processDefinitionKey("annual-assessment")
				.taskDefinitionKey(CITY_REPORT));
		ClockUtil.reset();

		System.out.println("[bench] " + ours.settings);
		int n = cities.size();
		report.add(new BenchReport.Row("burst.time", "4. January burst: " + n + " due timers → " + n + " city tasks", ours.seconds,
				floor.seconds, "s", "< 10 s, none lost", ours.seconds < 10 && ours.created == n));
		report.add(new BenchReport.Row("burst.lost", "4. January burst: city tasks missing afterwards", n - ours.created,
				n - floor.created, "tasks", "0", ours.created == n));
		report.add(new BenchReport.Row("burst.ole", "4. January burst: optimistic-locking exceptions", ours.optimisticLocks,
				floor.optimisticLocks, "count", "counted", true));
		report.add(new BenchReport.Row("burst.retries", "4. January burst: failed job runs (retries) + lost acquisitions",
				ours.failedRuns, floor.failedRuns, "count", "counted", true));
		if (engine.getRuntimeService().createIncidentQuery().count() > 0) {
			System.out.println("[bench] incidents after the burst: " + engine.getRuntimeService().createIncidentQuery().count());
		}
	}

	private record Burst(double seconds, long created, int optimisticLocks, long failedRuns, String settings) {
	}

	private Burst burst(TaskQuery tasks) {
		long before = tasks.count();
		long target = before + cities.size();
		long start = System.nanoTime();
		try (JobExecutorRun executor = new JobExecutorRun(engine, properties)) {
			long count = before;
			while (count < target && (System.nanoTime() - start) / 1_000_000 < TIMEOUT_MS) {
				sleep(25);
				count = tasks.count();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			// let the executor finish what it holds before it is stopped, so nothing is counted twice
			sleep(500);
			System.out.printf("[bench] burst: %d tasks in %.1f s; %s%n", tasks.count() - before, seconds, executor.acquisition());
			return new Burst(seconds, tasks.count() - before, executor.optimisticLockingExceptions(),
					executor.failedJobRuns() + executor.failedAcquisitions(), executor.settings());
		}
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static void setClock(LocalDateTime time) {
		ClockUtil.setCurrentTime(date(time));
	}

	static Date date(LocalDateTime time) {
		return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
	}
}

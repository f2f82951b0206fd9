package cn.pilotcity.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.pilotcity.city.City;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.Titles;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.sme.SmePilotRun;
import cn.pilotcity.support.LifecycleDriver;
import cn.pilotcity.support.TestUsers;

/**
 * 1. Lifecycle cost: cities through the SME path (application, joint recommendation, a panel of five experts,
 * admission, three annual assessments with their indicator data, the review at the end of the term), driven
 * through the engine API as the real users with the engine's clock moved by hand. The indicator data are
 * prepared rows, as the issue asks (reading Excel is measured in 3.). Floor: a minimal process
 * with as many user tasks and timers per lifecycle as ours executed, and nothing else, driven the same way.
 */
final class LifecycleCost {

	static final String FLOOR_PROCESS = "bench-lifecycle-floor";

	private final ProcessEngine engine;
	private final TestUsers users;
	private final Titles titles;
	private final SmePilotRun sme;
	private final LifecycleDriver lifecycles;
	private final StatementCounter statements;
	private final JdbcTemplate jdbc;

	LifecycleCost(ProcessEngine engine, TestUsers users, Titles titles, SmePilotRun sme, LifecycleDriver lifecycles,
			StatementCounter statements, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.engine = engine;
		this.users = users;
		this.titles = titles;
		this.sme = sme;
		this.lifecycles = lifecycles;
		this.statements = statements;
	}

	/** What a run cost: time, statements, and the user tasks and jobs the engine went through. */
	record Cost(int lifecycles, double seconds, StatementCounter.Count statements, long userTasks, long jobs) {

		double msEach() {
			return seconds * 1000 / lifecycles;
		}

		double statementsEach() {
			return (double) statements.all() / lifecycles;
		}

		double writesEach() {
			return (double) statements.writes() / lifecycles;
		}

		double variablesEach() {
			return (double) statements.variables() / lifecycles;
		}
	}

	/** Warms up with the first cities, measures the rest; then the floor with the same counts, on the same cities. */
	void run(BenchReport report, List<City> warmUp, List<City> measured) {
		cost(warmUp);
		var variablesBefore = variableNames();
		Cost ours = cost(measured);
		StringBuilder names = new StringBuilder();
		variableNames().entrySet().stream()
				.map(e -> Map.entry(e.getKey(), e.getValue() - variablesBefore.getOrDefault(e.getKey(), 0L)))
				.filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
				.forEach(e -> names.append(String.format(" %s %.0f", e.getKey(), (double) e.getValue() / measured.size())));
		long all = variableNames().values().stream().mapToLong(Long::longValue).sum()
				- variablesBefore.values().stream().mapToLong(Long::longValue).sum();
		System.out.printf("[bench] variables per lifecycle: %.0f; most frequent names:%s%n", (double) all / measured.size(), names);
		int userTasks = (int) Math.round((double) ours.userTasks() / measured.size());
		int timers = (int) Math.round((double) ours.jobs() / measured.size());
		engine.getRepositoryService().createDeployment().name("benchmark floor")
				.addModelInstance(FLOOR_PROCESS + ".bpmn", floorModel(userTasks, timers)).deploy();
		floor(warmUp);
		Cost floor = floor(measured);
		ClockUtil.reset();

		int n = measured.size();
		String what = "1. Lifecycle, SME path (" + n + " cities; " + userTasks + " user tasks, " + timers + " timers each)";
		report.add(new BenchReport.Row("lifecycle.ms", what + ": time per lifecycle", ours.msEach(), floor.msEach(), "ms",
				"≤ 1.5× floor", ours.msEach() <= 1.5 * floor.msEach()));
		report.add(new BenchReport.Row("lifecycle.rate", "1. Lifecycle: lifecycles per second", n / ours.seconds(),
				n / floor.seconds(), "1/s", "", true));
		report.add(new BenchReport.Row("lifecycle.sql", "1. Lifecycle: SQL statements per lifecycle", ours.statementsEach(),
				floor.statementsEach(), "statements", "≤ 1.5× floor", ours.statementsEach() <= 1.5 * floor.statementsEach()));
		report.add(new BenchReport.Row("lifecycle.writes", "1. Lifecycle: of which INSERT/UPDATE/DELETE", ours.writesEach(),
				floor.writesEach(), "statements", "", true));
		report.add(new BenchReport.Row("lifecycle.variables", "1. Lifecycle: of which on engine variables (runtime, history, "
				+ "detail, byte arrays)", ours.variablesEach(), floor.variablesEach(), "statements", "", true));
		report.add(new BenchReport.Row("lifecycle.rest", "1. Lifecycle: all other statements (what no variable at all would leave)",
				ours.statementsEach() - ours.variablesEach(), floor.statementsEach() - floor.variablesEach(), "statements", "", true));
	}

	private Cost cost(List<City> cities) {
		return measure(cities.size(), () -> {
			sme.admitAll(cities);
			List<Title> granted = new ArrayList<>();
			for (City city : cities) {
				granted.add(titles.find(city.code(), TitleKind.SME_PILOT).orElseThrow());
			}
			for (int year = 0; year < 3; year++) {
				for (int i = 0; i < granted.size(); i++) {
					assessYear(granted.get(i), cities.get(i).provinceCode());
				}
			}
			for (Title title : granted) {
				lifecycles.advanceTo(title, title.endsOn().atStartOfDay().plusMinutes(1));
				lifecycles.evaluatorRates(title, "SOUND");
				if (lifecycles.lifecycle(title) != null) {
					throw new IllegalStateException("the lifecycle of title " + title.id() + " did not end");
				}
			}
		});
	}

	/** As {@link LifecycleDriver#assessYear}, with the indicator data stored as prepared rows instead of an uploaded file. */
	private void assessYear(Title title, String provinceCode) {
		lifecycles.startNextAssessment(title);
		long assessmentId = lifecycles.assessmentId(title);
		jdbc.batchUpdate("INSERT INTO pc_assessment_value (assessment_id, indicator_code, reported_value) VALUES (?, ?, ?)",
				LifecycleDriver.GOOD_VALUES.entrySet().stream()
						.map(e -> new Object[] { assessmentId, e.getKey(), new BigDecimal(e.getValue().toString()) }).toList());
		lifecycles.citySubmits(title, true);
		lifecycles.provinceDecides(title, provinceCode, "FORWARD", "同意报送。");
		lifecycles.cnipaScores(title, 15, 15, 15);
	}

	private Cost floor(List<City> cities) {
		return measure(cities.size(), () -> {
			for (City city : cities) {
				String user = users.city(city.code());
				String instance = engine.getRuntimeService()
						.startProcessInstanceByKey(FLOOR_PROCESS, java.util.Map.of("group", Roles.city(city.code()))).getId();
				while (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
					Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
					if (task != null) {
						users.login(user);
						try {
							cn.pilotcity.support.TasklistSubmission.complete(engine, task.getId(), java.util.Map.of());
						}
						finally {
							users.logout();
						}
						continue;
					}
					ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + Duration.ofMinutes(2).toMillis()));
					Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).executable().singleResult();
					engine.getManagementService().executeJob(job.getId());
				}
			}
		});
	}

	private Cost measure(int count, Runnable run) {
		var tablesBefore = statements.writesByTable();
		long tasksBefore = engine.getHistoryService().createHistoricTaskInstanceQuery().count();
		long jobsBefore = engine.getHistoryService().createHistoricJobLogQuery().successLog().count();
		StatementCounter.Count before = statements.now();
		long start = System.nanoTime();
		run.run();
		double seconds = (System.nanoTime() - start) / 1e9;
		awaitNotificationsSent();
		StatementCounter.Count used = statements.now().minus(before);
		StringBuilder tables = new StringBuilder();
		statements.writesByTable().entrySet().stream()
				.map(e -> Map.entry(e.getKey(), e.getValue() - tablesBefore.getOrDefault(e.getKey(), 0L)))
				.filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
				.forEach(e -> tables.append(String.format(" %s %.0f", e.getKey(), (double) e.getValue() / count)));
		System.out.println("[bench] writes per lifecycle by table:" + tables);
		return new Cost(count, seconds, used,
				engine.getHistoryService().createHistoricTaskInstanceQuery().count() - tasksBefore,
				engine.getHistoryService().createHistoricJobLogQuery().successLog().count() - jobsBefore);
	}

	/**
	 * Notifications are sent in the background after each step: the time above is what the users waited for;
	 * the statements count the sending too, so they are read once nothing is left to send.
	 */
	private void awaitNotificationsSent() {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (jdbc.queryForObject("SELECT COUNT(*) FROM pc_notification WHERE status IN ('PENDING', 'SENDING')", Long.class) > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("notifications still unsent after two minutes");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	/** How many variables of each name history holds (task-local and per instance, all processes). */
	private Map<String, Long> variableNames() {
		Map<String, Long> counts = new java.util.HashMap<>();
		for (var variable : engine.getHistoryService().createHistoricVariableInstanceQuery().disableCustomObjectDeserialization()
				.disableBinaryFetching().list()) {
			String name = variable.getName().replaceAll("\\d+", "#");
			counts.merge(name, 1L, Long::sum);
		}
		return counts;
	}

	/** Start, the user tasks with the timers spread evenly between them, end. */
	static BpmnModelInstance floorModel(int userTasks, int timers) {
		AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(FLOOR_PROCESS).camundaHistoryTimeToLive(30).startEvent();
		int total = userTasks + timers;
		int task = 0;
		int timer = 0;
		for (int i = 0; i < total; i++) {
			boolean isTimer = (long) (i + 1) * timers / total > (long) i * timers / total;
			if (isTimer) {
				flow = flow.intermediateCatchEvent("Timer_" + ++timer).timerWithDuration("PT1M");
			}
			else {
				flow = flow.userTask("Task_" + ++task).camundaCandidateGroups("${group}");
			}
		}
		return flow.endEvent().done();
	}
}

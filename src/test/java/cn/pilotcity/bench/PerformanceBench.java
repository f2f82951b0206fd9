package cn.pilotcity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.pilotcity.assessment.Assessments;
import cn.pilotcity.assessment.IndicatorImport;
import cn.pilotcity.assessment.NationalIndicatorImport;
import cn.pilotcity.city.City;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.city.Titles;
import cn.pilotcity.review.ReviewTestSupport;
import cn.pilotcity.sme.SmePilotRun;
import cn.pilotcity.support.LifecycleDriver;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/**
 * The benchmark of issue 7 (docs/performance.md): {@code ./mvnw -B verify -Pbench} (H2), with {@code -Pmysql} on
 * MySQL/MariaDB, or {@code .ci/bench} for both in one table. Not part of the test run (the name does not end in
 * Test; only the bench profile includes it). Expects a fresh database: on H2 it is in memory, for MariaDB
 * {@code .ci/bench} recreates it.
 */
@PilotCityTest
@Import(StatementCounter.class)
class PerformanceBench {

	static final int CITIES = 300;
	/** Lifecycle cost: cities of the warm-up and of the measured round. */
	static final int WARM_UP_LIFECYCLES = 2;
	static final int LIFECYCLES = Integer.getInteger("bench.lifecycles", 10);
	/** The January burst's titles are granted in this year; the burst assesses it. */
	static final LocalDate BURST_GRANT = LocalDate.of(2034, 3, 1);
	/** Which parts to run (the indicator import needs the burst's assessments). */
	static final List<String> SCENARIOS = List.of(System.getProperty("bench.scenarios", "burst,import,tasklist,lifecycle").split(","));

	@Autowired
	ProcessEngine engine;
	@Autowired
	ApplicationContext context;
	@Autowired
	DataSource dataSource;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TransactionTemplate transaction;
	@Autowired
	CamundaBpmProperties properties;
	@Autowired
	CityDirectory cityDirectory;
	@Autowired
	Titles titles;
	@Autowired
	TestUsers users;
	@Autowired
	Assessments assessments;
	@Autowired
	IndicatorImport indicatorImport;
	@Autowired
	LifecycleDriver lifecycles;
	@Autowired
	NationalIndicatorImport nationalImport;
	@Autowired
	ReviewTestSupport reviews;
	@Autowired
	StatementCounter statements;
	@LocalServerPort
	int port;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void run() throws SQLException {
		BenchReport report = database();
		List<City> cities = BenchCities.atLeast(CITIES, cityDirectory, jdbc, context);
		engine.getRepositoryService().createDeployment().name("benchmark")
				.addModelInstance(JanuaryBurst.FLOOR_PROCESS + ".bpmn", JanuaryBurst.floorModel())
				.addModelInstance(TasklistLatency.PROCESS + ".bpmn", TasklistLatency.model()).deploy();
		System.out.println("[bench] machine: " + BenchReport.machine());

		IndicatorImportBench indicatorImportBench = new IndicatorImportBench(jdbc, dataSource, assessments, indicatorImport,
				cityDirectory, nationalImport);
		int assessedYear = JanuaryBurst.assessedYear(BURST_GRANT);
		if (SCENARIOS.contains("burst")) {
			indicatorImportBench.addSyntheticIndicators(assessedYear);
			new JanuaryBurst(engine, titles, properties, cities).run(report, BURST_GRANT);
			if (SCENARIOS.contains("import")) {
				indicatorImportBench.run(report, assessedYear);
			}
		}
		if (SCENARIOS.contains("tasklist")) {
			new TasklistLatency(engine, transaction, users, cities, port).run(report, report.isMysql());
		}
		if (SCENARIOS.contains("lifecycle")) {
			reviews.ensureExperts();
			new LifecycleCost(engine, users, titles, new SmePilotRun(engine, users, context), lifecycles, statements, jdbc)
					.run(report, cities.subList(0, WARM_UP_LIFECYCLES), cities.subList(WARM_UP_LIFECYCLES, WARM_UP_LIFECYCLES + LIFECYCLES));
		}

		report.write();
		System.out.println("\n" + BenchReport.table());
		assertThat(report.rows()).isNotEmpty();
	}

	private BenchReport database() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String product = meta.getDatabaseProductName();
			String version = meta.getDatabaseProductVersion();
			String name = product.equalsIgnoreCase("H2") ? "H2" : version.toLowerCase().contains("mariadb") ? "MariaDB" : product;
			return new BenchReport(name, product + " " + version + ", " + meta.getDriverName() + " " + meta.getDriverVersion());
		}
	}
}

package cn.pilotcity.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.pilotcity.assessment.Assessment;
import cn.pilotcity.assessment.Assessments;
import cn.pilotcity.assessment.IndicatorImport;
import cn.pilotcity.assessment.IndicatorWorkbook;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.support.IndicatorFiles;
import cn.pilotcity.support.LifecycleDriver;

/**
 * 3. Indicator import: every city of the January burst uploads its filled-in template, 50 indicators each,
 * through the real {@link IndicatorImport} (parse, check, store). Baseline: a raw JDBC batch insert of the
 * same rows. The indicator system has 11 objective indicators; the benchmark adds 39 synthetic ones that
 * apply only to the assessed year of the burst.
 */
final class IndicatorImportBench {

	static final int INDICATORS = 50;

	private final JdbcTemplate jdbc;
	private final DataSource dataSource;
	private final Assessments assessments;
	private final IndicatorImport indicatorImport;
	private final CityDirectory cities;

	IndicatorImportBench(JdbcTemplate jdbc, DataSource dataSource, Assessments assessments, IndicatorImport indicatorImport,
			CityDirectory cities) {
		this.cities = cities;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.assessments = assessments;
		this.indicatorImport = indicatorImport;
	}

	/** Before the burst, so that the assessments are opened with the whole indicator system. */
	void addSyntheticIndicators(int year) {
		int existing = jdbc.queryForObject("SELECT COUNT(*) FROM pc_indicator WHERE part = 'OBJECTIVE' AND valid_to IS NULL",
				Integer.class);
		List<Object[]> rows = new ArrayList<>();
		for (int i = existing + 1; i <= INDICATORS; i++) {
			rows.add(new Object[] { String.format("BENCH_%02d", i), "基准测试指标" + i, "项", 300 + i, year, year });
		}
		jdbc.batchUpdate("INSERT INTO pc_indicator (code, name, unit, part, dimension, weight, rule, target, required, "
				+ "min_value, max_value, title_kinds, position, valid_from, valid_to, source) VALUES "
				+ "(?, ?, ?, 'OBJECTIVE', 'SERVICE', 0, 'THRESHOLD', 1, TRUE, 0, 1000000, 'DEMONSTRATION', ?, ?, ?, 'benchmark')", rows);
	}

	void run(BenchReport report, int year) {
		List<Assessment> opened = jdbc.queryForList("SELECT id FROM pc_assessment WHERE title_kind = 'DEMONSTRATION' "
				+ "AND assessed_year = ? ORDER BY id", Long.class, year).stream().map(assessments::get).toList();
		Map<Long, byte[]> files = new HashMap<>();
		for (Assessment assessment : opened) {
			files.put(assessment.id(), IndicatorFiles.fill(indicatorImport.template(assessment), values()));
		}
		int perCity = assessments.indicatorsOf(opened.get(0)).stream().filter(i -> i.isObjective()).toList().size();
		List<Object[]> rows = new ArrayList<>();
		for (Assessment assessment : opened) {
			for (var indicator : assessments.indicatorsOf(assessment)) {
				if (indicator.isObjective()) {
					rows.add(new Object[] { assessment.id(), indicator.code(), BigDecimal.valueOf(30) });
				}
			}
		}

		// warm-up of both (the JIT, POI's classes, the statement caches)
		jdbcInsert(rows.subList(0, Math.min(rows.size(), 1000)));
		deleteValues();
		for (Assessment assessment : opened.subList(0, Math.min(20, opened.size()))) {
			upload(assessment, files.get(assessment.id()));
		}
		deleteValues();

		long start = System.nanoTime();
		jdbcInsert(rows);
		double baseline = seconds(start);
		deleteValues();

		start = System.nanoTime();
		int parsed = 0;
		for (Assessment assessment : opened) {
			IndicatorWorkbook.Target target = new IndicatorWorkbook.Target(assessment.cityCode(),
					cities.city(assessment.cityCode()).name(), assessment.assessedYear(), assessment.titleKind().label());
			IndicatorWorkbook.Reading reading = IndicatorWorkbook.read(files.get(assessment.id()), target,
					assessments.indicatorsOf(assessment));
			parsed += reading.values().size();
		}
		double parseOnly = seconds(start);
		if (parsed != rows.size()) {
			throw new IllegalStateException("read " + parsed + " values, expected " + rows.size());
		}

		start = System.nanoTime();
		int imported = 0;
		for (Assessment assessment : opened) {
			imported += upload(assessment, files.get(assessment.id()));
		}
		double ours = seconds(start);
		if (imported != rows.size()) {
			throw new IllegalStateException("imported " + imported + " values, expected " + rows.size());
		}
		String size = opened.size() + " × " + perCity;
		report.add(new BenchReport.Row("import.total", "3. Indicator import " + size + ": parse, check, store", ours,
				baseline, "s", "< 1 s, ≤ 3×", ours < 1 && ours <= 3 * baseline));
		report.add(new BenchReport.Row("import.parse", "3. Indicator import " + size + ": parse and check only", parseOnly,
				baseline, "s", "(part of the above)", true));
	}

	private int upload(Assessment assessment, byte[] file) {
		return indicatorImport.upload(assessment.id(), "指标数据.xlsx", file, "u-city-" + assessment.cityCode());
	}

	private static Map<String, Object> values() {
		Map<String, Object> values = new HashMap<>(LifecycleDriver.GOOD_VALUES);
		for (int i = 1; i <= INDICATORS; i++) {
			values.put(String.format("BENCH_%02d", i), 30);
		}
		return values;
	}

	private void deleteValues() {
		jdbc.update("DELETE FROM pc_assessment_value WHERE assessment_id IN (SELECT id FROM pc_assessment WHERE title_kind = 'DEMONSTRATION')");
	}

	private void jdbcInsert(List<Object[]> rows) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO pc_assessment_value (assessment_id, indicator_code, reported_value) VALUES (?, ?, ?)")) {
				for (Object[] row : rows) {
					insert.setLong(1, (Long) row[0]);
					insert.setString(2, (String) row[1]);
					insert.setBigDecimal(3, (BigDecimal) row[2]);
					insert.addBatch();
				}
				insert.executeBatch();
			}
			connection.commit();
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}

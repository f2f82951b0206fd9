package cn.pilotcity.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.pilotcity.assessment.Assessment;
import cn.pilotcity.assessment.Assessments;
import cn.pilotcity.assessment.IndicatorImport;
import cn.pilotcity.assessment.IndicatorWorkbook;
import cn.pilotcity.assessment.NationalIndicatorImport;
import cn.pilotcity.assessment.NationalIndicatorWorkbook;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.support.IndicatorFiles;
import cn.pilotcity.support.LifecycleDriver;

/**
 * 3. Indicator import of the January burst's cities, 50 indicators each: the national office's one summary
 * workbook through the real {@link NationalIndicatorImport} (parse, check, store; the target), and, for
 * information, every city uploading its own file through {@link IndicatorImport} (300 uploads, 300
 * transactions). Baseline: a raw JDBC batch insert of the same rows in one transaction. The indicator system
 * has 11 objective indicators; the benchmark adds 39 synthetic ones that apply only to the burst's assessed year.
 */
final class IndicatorImportBench {

	static final int INDICATORS = 50;

	private final JdbcTemplate jdbc;
	private final DataSource dataSource;
	private final Assessments assessments;
	private final IndicatorImport indicatorImport;
	private final CityDirectory cities;
	private final NationalIndicatorImport nationalImport;

	IndicatorImportBench(JdbcTemplate jdbc, DataSource dataSource, Assessments assessments, IndicatorImport indicatorImport,
			CityDirectory cities, NationalIndicatorImport nationalImport) {
		this.nationalImport = nationalImport;
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

		// the national office's one workbook
		Map<String, Map<String, Object>> byCity = new HashMap<>();
		opened.forEach(a -> byCity.put(a.cityCode(), values()));
		byte[] summary = IndicatorFiles.fillNational(nationalImport.template(year, TitleKind.DEMONSTRATION), byCity);
		NationalIndicatorImport.Scope scope = nationalImport.scope(year, TitleKind.DEMONSTRATION);
		Map<String, NationalIndicatorWorkbook.CityRow> open = new LinkedHashMap<>();
		scope.open().forEach(a -> open.put(a.cityCode(), new NationalIndicatorWorkbook.CityRow(a.cityCode(), "", "")));
		for (int i = 0; i < 3; i++) {
			nationalImport.upload(year, TitleKind.DEMONSTRATION, "汇总.xlsx", summary, "u-cnipa");
		}
		deleteValues();

		start = System.nanoTime();
		NationalIndicatorWorkbook.Reading reading = NationalIndicatorWorkbook.read(summary, year, TitleKind.DEMONSTRATION.label(),
				scope.indicators(), open);
		double nationalParse = seconds(start);
		check("read", reading.valueCount(), rows.size());

		start = System.nanoTime();
		NationalIndicatorImport.Imported national = nationalImport.upload(year, TitleKind.DEMONSTRATION, "汇总.xlsx", summary,
				"u-cnipa");
		double nationalTotal = seconds(start);
		check("imported", national.values(), rows.size());
		deleteValues();

		// each city its own file
		start = System.nanoTime();
		int parsed = 0;
		for (Assessment assessment : opened) {
			IndicatorWorkbook.Target target = new IndicatorWorkbook.Target(assessment.cityCode(),
					cities.city(assessment.cityCode()).name(), assessment.assessedYear(), assessment.titleKind().label());
			IndicatorWorkbook.Reading cityReading = IndicatorWorkbook.read(files.get(assessment.id()), target,
					assessments.indicatorsOf(assessment));
			parsed += cityReading.values().size();
		}
		double parseOnly = seconds(start);
		check("read", parsed, rows.size());

		start = System.nanoTime();
		int imported = 0;
		for (Assessment assessment : opened) {
			imported += upload(assessment, files.get(assessment.id()));
		}
		double ours = seconds(start);
		check("imported", imported, rows.size());
		String size = opened.size() + " × " + perCity;
		report.add(new BenchReport.Row("import.total", "3. Indicator import " + size + ", one national workbook: parse, check, store",
				nationalTotal, baseline, "s", "< 1 s, ≤ 3×", nationalTotal < 1 && nationalTotal <= 3 * baseline));
		report.add(new BenchReport.Row("import.parse", "3. Indicator import " + size + ", one national workbook: parse and check only",
				nationalParse, baseline, "s", "(part of the above)", true));
		report.add(new BenchReport.Row("import.cities", "3. Indicator import " + size + ", each city its own file (" + opened.size()
				+ " uploads): parse, check, store", ours, baseline, "s", "", true));
		report.add(new BenchReport.Row("import.cities.parse", "3. Indicator import " + size + ", each city its own file: parse and check only",
				parseOnly, baseline, "s", "", true));
	}

	private static void check(String what, int count, int expected) {
		if (count != expected) {
			throw new IllegalStateException(what + " " + count + " values, expected " + expected);
		}
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

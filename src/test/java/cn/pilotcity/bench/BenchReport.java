package cn.pilotcity.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The figures of one run on one database, each beside its baseline, written to {@code target/bench/<db>.tsv};
 * {@link #table} prints every database measured so far in one table (the H2 and the MariaDB run of
 * {@code .ci/bench}).
 */
class BenchReport {

	static final Path DIRECTORY = Path.of("target", "bench");

	/** One figure: ours and the baseline of the same run, in the same unit; {@code target} says what is asked. */
	record Row(String key, String label, double ours, double baseline, String unit, String target, boolean met) {

		double ratio() {
			return baseline == 0 ? Double.NaN : ours / baseline;
		}
	}

	private final String database;
	private final String databaseVersion;
	private final List<Row> rows = new ArrayList<>();

	BenchReport(String database, String databaseVersion) {
		this.database = database;
		this.databaseVersion = databaseVersion;
	}

	boolean isMysql() {
		return !database.equals("H2");
	}

	List<Row> rows() {
		return rows;
	}

	void add(Row row) {
		rows.add(row);
		System.out.printf(Locale.ROOT, "[bench %s] %-55s %12s  baseline %12s  ratio %6.2f  %s %s%n", database, row.label(),
				number(row.ours()), number(row.baseline()), row.ratio(), row.target(), row.met() ? "ok" : "MISSED");
	}

	void write() {
		StringBuilder out = new StringBuilder();
		out.append("#db\t").append(database).append('\t').append(databaseVersion).append('\n');
		out.append("#machine\t").append(machine()).append('\n');
		for (Row r : rows) {
			out.append(String.join("\t", r.key(), r.label(), Double.toString(r.ours()), Double.toString(r.baseline()),
					r.unit(), r.target(), Boolean.toString(r.met()))).append('\n');
		}
		try {
			Files.createDirectories(DIRECTORY);
			Files.writeString(DIRECTORY.resolve(database + ".tsv"), out, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every run found in target/bench, one column group per database, as a Markdown table. */
	static String table() {
		Map<String, List<String[]>> runs = new LinkedHashMap<>();
		Map<String, String> versions = new LinkedHashMap<>();
		String machine = machine();
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
				List<String[]> lines = new ArrayList<>();
				String db = null;
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					String[] cells = line.split("\t", -1);
					if (cells[0].equals("#db")) {
						db = cells[1];
						versions.put(db, cells[2]);
					}
					else if (cells[0].equals("#machine")) {
						machine = cells[1];
					}
					else {
						lines.add(cells);
					}
				}
				runs.put(db, lines);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		StringBuilder t = new StringBuilder();
		t.append("- Machine: ").append(machine).append('\n');
		versions.forEach((db, version) -> t.append("- ").append(db).append(": ").append(version).append('\n'));
		t.append('\n').append("| figure | unit |");
		runs.keySet().forEach(db -> t.append(' ').append(db).append(" ours | baseline | ratio | target |"));
		t.append('\n').append("|---|---|");
		runs.keySet().forEach(db -> t.append("---:|---:|---:|---|"));
		t.append('\n');
		List<String[]> first = runs.values().iterator().next();
		for (String[] row : first) {
			t.append("| ").append(row[1]).append(" | ").append(row[4]).append(" |");
			for (List<String[]> run : runs.values()) {
				String[] cells = run.stream().filter(r -> r[0].equals(row[0])).findFirst().orElse(null);
				if (cells == null) {
					t.append(" | | | |");
					continue;
				}
				double ours = Double.parseDouble(cells[2]);
				double baseline = Double.parseDouble(cells[3]);
				t.append(' ').append(number(ours)).append(" | ").append(number(baseline)).append(" | ")
						.append(baseline == 0 ? "–" : String.format(Locale.ROOT, "%.2f", ours / baseline)).append(" | ")
						.append(verdict(cells[5], Boolean.parseBoolean(cells[6]))).append(" |");
			}
			t.append('\n');
		}
		return t.toString();
	}

	/** The target and whether it was met; figures without a target of their own are shown for information. */
	private static String verdict(String target, boolean met) {
		if (target.isEmpty()) {
			return "–";
		}
		if (target.equals("counted") || target.startsWith("(")) {
			return target;
		}
		return target + (met ? " ✔" : " ✘ missed");
	}

	static String number(double value) {
		if (Double.isNaN(value)) {
			return "–";
		}
		if (value == Math.rint(value) && Math.abs(value) < 1e9) {
			return String.format(Locale.ROOT, "%,d", (long) value);
		}
		return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%,.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
	}

	/** Cores, memory, CPU model, OS and JVM of this machine. */
	static String machine() {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		String cpu = "";
		try {
			Path info = Path.of("/proc/cpuinfo");
			if (Files.exists(info)) {
				cpu = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name")).findFirst()
						.map(l -> l.substring(l.indexOf(':') + 1).trim() + ", ").orElse("");
			}
		}
		catch (IOException e) {
			cpu = "";
		}
		return String.format(Locale.ROOT, "%s%d cores, %.1f GB RAM, %s %s, %s %s (heap max %d MB)", cpu,
				Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / 1e9, System.getProperty("os.name"),
				System.getProperty("os.version"), System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
	}
}

package cn.pilotcity.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements the application sends, by wrapping its DataSource (engine, MyBatis, Flyway and
 * JDBC all use the one bean). A batch counts as many statements as it holds rows.
 */
@TestComponent
class StatementCounter implements BeanPostProcessor, QueryExecutionListener {

	/**
	 * Statements so far: all, those that change data (INSERT, UPDATE, DELETE), and those that read or write the
	 * engine's variable tables (runtime, history, history detail, and the byte arrays of large values).
	 */
	record Count(long all, long writes, long variables) {

		Count minus(Count before) {
			return new Count(all - before.all, writes - before.writes, variables - before.variables);
		}
	}

	private final AtomicLong all = new AtomicLong();
	private final AtomicLong writes = new AtomicLong();
	private final AtomicLong variables = new AtomicLong();
	private final Map<String, AtomicLong> writesByTable = new ConcurrentHashMap<>();
	private static final Pattern TABLE = Pattern.compile("(?i)^\\s*(insert\\s+into|update|delete\\s+from)\\s+([A-Za-z_0-9.]+)");
	private static final Pattern VARIABLE_TABLE = Pattern.compile(
			"(?i)^\\s*(?:(?:insert\\s+into|update|delete\\s+from)\\s+|select\\b.*?\\bfrom\\s+)(ACT_RU_VARIABLE|ACT_HI_VARINST|ACT_HI_DETAIL|ACT_GE_BYTEARRAY)\\b",
			Pattern.DOTALL);

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
			return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(this).build();
		}
		return bean;
	}

	Count now() {
		return new Count(all.get(), writes.get(), variables.get());
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		for (QueryInfo query : queries) {
			long executed = execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1;
			all.addAndGet(executed);
			if (VARIABLE_TABLE.matcher(query.getQuery()).find()) {
				variables.addAndGet(executed);
			}
			Matcher write = TABLE.matcher(query.getQuery());
			if (write.find()) {
				writes.addAndGet(executed);
				writesByTable.computeIfAbsent(write.group(2).toUpperCase(Locale.ROOT), t -> new AtomicLong()).addAndGet(executed);
			}
		}
	}

	/** Rows written so far, per table (to find where a lifecycle's writes go). */
	Map<String, Long> writesByTable() {
		Map<String, Long> copy = new TreeMap<>();
		writesByTable.forEach((table, count) -> copy.put(table, count.get()));
		return copy;
	}
}

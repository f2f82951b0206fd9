package cn.pilotcity.system;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps an exception thrown by a task listener or an expression ("ENGINE-03051 There was an
 * exception while invoking the TaskListener ..."). When the cause is a refusal of the user's input, this
 * interceptor throws that refusal itself, so the REST API answers 400 with the Chinese message instead
 * of 500 with a wrapped one. The transaction is already rolled back when it runs: nothing is half-written.
 * A value too long for its column (SQLSTATE 22001, e.g. a text variable over the engine's 4000 characters
 * sent past the form's own limit) is refused the same way, and so is a four-byte character (a rare character
 * outside the Basic Multilingual Plane) that MySQL cannot store in the engine's 3-byte utf8 tables. A unique
 * key of ours violated by the same action arriving twice at once (e.g. the one decision row per task) is a
 * concurrent change like the engine's own, reported as an {@link OptimisticLockingException} (409, retried by
 * {@link RetryOnConflict}).
 */
@Component
class UserErrors extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setCustomPreCommandInterceptorsTxRequired(with(configuration.getCustomPreCommandInterceptorsTxRequired()));
		configuration.setCustomPreCommandInterceptorsTxRequiresNew(with(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
	}

	private static List<CommandInterceptor> with(List<CommandInterceptor> interceptors) {
		List<CommandInterceptor> all = new ArrayList<>(interceptors == null ? List.of() : interceptors);
		// outermost first: a conflict is retried around the whole (rolled-back) command
		all.add(0, new Unwrap());
		all.add(0, new RetryOnConflict());
		return all;
	}

	static final String TOO_LONG = "填写的内容过长:每一项不超过 " + EngineLimits.MAX_TEXT + " 字,较长的材料请作为附件上传";

	static final String UNSUPPORTED_CHARACTER = "填写的内容含有数据库暂不支持的字符(如扩展区生僻字或表情符号),请改用常用字,或将该内容作为附件上传";

	/** MySQL/MariaDB: "Incorrect string value", a four-byte character in one of the engine's 3-byte utf8 tables. */
	private static final int MYSQL_INCORRECT_STRING = 1366;

	static InvalidInputException refusalIn(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof InvalidInputException invalid) {
				return invalid;
			}
			// Connector/J reports MySQL's "Incorrect string value" with SQLSTATE 22001 too: its error code first
			if (t instanceof SQLException sql && sql.getErrorCode() == MYSQL_INCORRECT_STRING) {
				return new InvalidInputException(UNSUPPORTED_CHARACTER);
			}
			if (t instanceof SQLException sql && "22001".equals(sql.getSQLState())) {
				return new InvalidInputException(TOO_LONG);
			}
		}
		return null;
	}

	static final String DUPLICATE = "Duplicate action (a unique key of ours), updated by another transaction concurrently: ";

	/**
	 * SQLSTATE 23505 (H2, PostgreSQL) or MySQL's error 1062: a unique key, not any other constraint; or the
	 * database gave up one of two transactions waiting for each other (SQLSTATE 40001, MySQL 1213 deadlock).
	 */
	static boolean conflictIn(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && ("23505".equals(sql.getSQLState()) || sql.getErrorCode() == 1062
					|| "40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213)) {
				return true;
			}
		}
		return false;
	}

	private static final class Unwrap extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			try {
				return next.execute(command);
			}
			catch (ProcessEngineException e) {
				InvalidInputException refusal = refusalIn(e);
				if (refusal != null) {
					throw refusal;
				}
				if (!(e instanceof OptimisticLockingException) && conflictIn(e)) {
					throw new OptimisticLockingException(DUPLICATE + e.getMessage());
				}
				throw e;
			}
		}
	}
}

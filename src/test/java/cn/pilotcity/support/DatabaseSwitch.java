package cn.pilotcity.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Makes the database unreachable for the application and brings it back, as a network cut between the nodes and
 * the database would: while cut, every attempt to get a connection fails as the connection pool fails when its
 * wait runs out. The application's one DataSource bean is wrapped; the database itself is untouched.
 */
@TestComponent
public class DatabaseSwitch implements BeanPostProcessor {

	private static volatile boolean cut;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
			return new Switchable(dataSource);
		}
		return bean;
	}

	public void cut() {
		cut = true;
	}

	public void restore() {
		cut = false;
	}

	private static final class Switchable extends DelegatingDataSource {

		Switchable(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			refuseWhileCut();
			return super.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			refuseWhileCut();
			return super.getConnection(username, password);
		}

		private static void refuseWhileCut() throws SQLTransientConnectionException {
			if (cut) {
				throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out (test: database cut)");
			}
		}
	}
}

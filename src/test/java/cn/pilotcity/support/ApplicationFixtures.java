package cn.pilotcity.support;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.pilotcity.application.ApplicationStatus;

/**
 * Puts an application into a state directly, for a test's set-up or clean-up only (an earlier test's application
 * out of the way, a published result without running the batch). The system itself changes a status only
 * through {@code ApplicationStates}, from the states its processes reach it from.
 */
public final class ApplicationFixtures {

	private ApplicationFixtures() {
	}

	public static void setStatus(JdbcTemplate jdbc, long applicationId, ApplicationStatus status) {
		if (jdbc.update("UPDATE pc_application SET status = ? WHERE id = ?", status.name(), applicationId) != 1) {
			throw new IllegalArgumentException("no application " + applicationId);
		}
	}
}

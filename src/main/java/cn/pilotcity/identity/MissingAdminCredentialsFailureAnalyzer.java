package cn.pilotcity.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says clearly at start-up what to set when the administrator's credentials are missing. */
class MissingAdminCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminCredentialsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminCredentialsException cause) {
		return new FailureAnalysis(
				"管理员账号未配置。Outside the demo profile pilot-city has no default password, and no "
						+ "administrator user/password was given.",
				"Set the environment variables PILOTCITY_ADMIN_USER and PILOTCITY_ADMIN_PASSWORD (at least 10 "
						+ "characters with upper and lower case letters, a digit and a special character), or run "
						+ "with the demo profile. 请设置环境变量 PILOTCITY_ADMIN_USER 和 PILOTCITY_ADMIN_PASSWORD。",
				cause);
	}
}

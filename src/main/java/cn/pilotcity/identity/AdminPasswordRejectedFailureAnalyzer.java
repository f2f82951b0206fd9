package cn.pilotcity.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says at start-up, without a stack trace, which rule of the password policy the administrator's password breaks. */
class AdminPasswordRejectedFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordRejectedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordRejectedException cause) {
		return new FailureAnalysis("管理员密码(PILOTCITY_ADMIN_PASSWORD)不符合密码规则:" + String.join(";", cause.violations())
				+ "。The administrator's password breaks the engine's password policy.",
				"请按 docs/operations.md 所列规则另设 PILOTCITY_ADMIN_PASSWORD:" + PasswordRules.ALL
						+ "。Set another PILOTCITY_ADMIN_PASSWORD.",
				cause);
	}
}

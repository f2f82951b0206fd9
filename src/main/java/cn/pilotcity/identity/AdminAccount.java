package cn.pilotcity.identity;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The administrator account (group camunda-admin), from configuration; there is no built-in default. */
@Component
class AdminAccount {

	private static final String FIRST_NAME = "系统";
	private static final String LAST_NAME = "管理员";

	private final IdentityAdmin identityAdmin;
	private final String user;
	private final String password;

	AdminAccount(IdentityAdmin identityAdmin, @Value("${pilotcity.admin.user:}") String user,
			@Value("${pilotcity.admin.password:}") String password) {
		this.identityAdmin = identityAdmin;
		this.user = user;
		this.password = password;
	}

	void ensure() {
		if (user.isBlank() || password.isBlank()) {
			throw new MissingAdminCredentialsException();
		}
		List<String> broken = identityAdmin.passwordRulesBrokenByNewUser(user, FIRST_NAME, LAST_NAME, password);
		if (!broken.isEmpty()) {
			throw new AdminPasswordRejectedException(broken);
		}
		identityAdmin.ensureUser(user, FIRST_NAME, LAST_NAME, null, password, List.of(Roles.ADMIN));
	}
}

package cn.pilotcity.identity;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The administrator account (group camunda-admin), from configuration; there is no built-in default. */
@Component
class AdminAccount {

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
		identityAdmin.ensureUser(user, "系统", "管理员", null, password, List.of(Roles.ADMIN));
	}
}

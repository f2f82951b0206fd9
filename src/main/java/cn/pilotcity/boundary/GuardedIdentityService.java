package cn.pilotcity.boundary;

import java.util.Objects;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

import cn.pilotcity.identity.PasswordRules;

/**
 * A user's name and e-mail are the administrator's to keep (they stand in every decision record and notice): a
 * user changes his own password, never his profile ({@code PUT /user/{id}/profile} would let him rename himself,
 * e.g. to “国家知识产权局 局长”). A password that breaks the password policy is refused with a 400 that names each
 * broken rule in Chinese, on creating a user and on changing a password.
 */
class GuardedIdentityService extends IdentityServiceImpl {

	static final String PROFILE_BY_ADMINISTRATOR = "用户的姓名和电子邮箱由系统管理员维护,如需修改请联系管理员";

	static final String PASSWORD_RULES = "密码不符合规则:" + PasswordRules.ALL;

	private final Caller caller;

	GuardedIdentityService(Caller caller) {
		this.caller = caller;
	}

	@Override
	public void saveUser(User user, boolean skipPasswordPolicy) {
		if (caller.isUser() && !caller.isAdministrator() && profileChanged(user)) {
			throw Caller.refused(PROFILE_BY_ADMINISTRATOR);
		}
		if (!skipPasswordPolicy && user instanceof UserEntity entity && entity.hasNewPassword() && getPasswordPolicy() != null
				&& !getCommandExecutor().execute(context -> entity.checkPasswordAgainstPolicy())) {
			// the engine refuses with "Password does not match policy", a 500 on the REST API and in Admin
			throw new BadUserRequestException(PASSWORD_RULES);
		}
		super.saveUser(user, skipPasswordPolicy);
	}

	private boolean profileChanged(User user) {
		User stored = getCommandExecutor().execute(context -> context
				.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().findUserById(user.getId())));
		return stored != null && (!Objects.equals(stored.getFirstName(), user.getFirstName())
				|| !Objects.equals(stored.getLastName(), user.getLastName())
				|| !Objects.equals(stored.getEmail(), user.getEmail()));
	}
}

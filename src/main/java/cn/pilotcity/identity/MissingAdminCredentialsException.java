package cn.pilotcity.identity;

/** Outside the demo profile there is no default password: the administrator must be configured. */
class MissingAdminCredentialsException extends IllegalStateException {

	MissingAdminCredentialsException() {
		super("The administrator account is not configured (管理员账号未配置)");
	}
}

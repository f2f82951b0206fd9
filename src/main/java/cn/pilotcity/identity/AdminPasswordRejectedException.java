package cn.pilotcity.identity;

import java.util.List;

/** The configured administrator password breaks the engine's password policy: the start stops, naming each rule. */
class AdminPasswordRejectedException extends IllegalStateException {

	private final List<String> violations;

	AdminPasswordRejectedException(List<String> violations) {
		super("管理员密码不符合密码规则:" + String.join(";", violations));
		this.violations = List.copyOf(violations);
	}

	List<String> violations() {
		return violations;
	}
}

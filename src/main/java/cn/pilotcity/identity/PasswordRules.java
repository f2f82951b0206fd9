package cn.pilotcity.identity;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/** The engine's password policy, in Chinese: which of its rules a password breaks (none where the policy is off). */
public final class PasswordRules {

	private static final Map<String, String> RULES = Map.of(
			"PASSWORD_POLICY_LENGTH", "至少 %s 个字符",
			"PASSWORD_POLICY_LOWERCASE", "至少 %s 个小写字母",
			"PASSWORD_POLICY_UPPERCASE", "至少 %s 个大写字母",
			"PASSWORD_POLICY_DIGIT", "至少 %s 个数字",
			"PASSWORD_POLICY_SPECIAL", "至少 %s 个特殊字符(如 !、#、-)",
			"PASSWORD_POLICY_USER_DATA", "不能包含用户名、姓名或电子邮箱");

	/** Every rule of the engine's default policy, for a refusal that cannot name the broken one. */
	public static final String ALL = "至少 10 个字符,含大写字母、小写字母、数字和特殊字符(如 !、#、-)各至少 1 个,且不能包含用户名、姓名或电子邮箱";

	private PasswordRules() {
	}

	public static List<String> broken(IdentityService identity, User user, String password) {
		if (identity.getPasswordPolicy() == null) {
			return List.of();
		}
		return identity.checkPasswordAgainstPolicy(password, user).getViolatedRules().stream().map(PasswordRules::describe)
				.toList();
	}

	private static String describe(PasswordPolicyRule rule) {
		String text = RULES.getOrDefault(rule.getPlaceholder(), rule.getPlaceholder());
		Map<String, String> parameters = rule.getParameters();
		return parameters == null || parameters.isEmpty() ? text : String.format(text, parameters.values().iterator().next());
	}
}

package cn.pilotcity.identity;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.pilotcity.system.ForbiddenException;
import cn.pilotcity.system.Unrestricted;

/**
 * The user on whose behalf the current request or engine command runs, as the engine knows him
 * (REST API, webapps and our own API all set the engine's authentication).
 */
@Component
public class CurrentUser {

	private final IdentityService identityService;
	private final Unrestricted unrestricted;

	CurrentUser(IdentityService identityService, Unrestricted unrestricted) {
		this.identityService = identityService;
		this.unrestricted = unrestricted;
	}

	public Optional<Authentication> authentication() {
		return Optional.ofNullable(identityService.getCurrentAuthentication());
	}

	public String id() {
		return required().getUserId();
	}

	public List<String> groups() {
		List<String> groups = required().getGroupIds();
		return groups == null ? List.of() : groups;
	}

	public boolean isNational() {
		return Roles.isNational(groups());
	}

	public Optional<String> cityCode() {
		return Roles.cityOf(groups());
	}

	public Optional<String> provinceCode() {
		return Roles.provinceOf(groups());
	}

	/** The signed-in user's name as the administrator keeps it (first and last name), or his id. */
	public Optional<String> displayName() {
		return authentication().map(a -> nameOf(a.getUserId()));
	}

	/**
	 * A user's name as the administrator keeps it (first and last name), or his id: the name a record shows for
	 * who decided, whoever reads the record (an expert may not list the officials, but reads who decided).
	 */
	public String nameOf(String userId) {
		User user = unrestricted.lookup(() -> identityService.createUserQuery().userId(userId).singleResult());
		String name = user == null ? "" : ((user.getFirstName() == null ? "" : user.getFirstName())
				+ (user.getLastName() == null ? "" : user.getLastName())).strip();
		return name.isEmpty() ? userId : name;
	}

	public boolean isMemberOf(String groupId) {
		return groups().contains(groupId);
	}

	private Authentication required() {
		return authentication().orElseThrow(() -> new ForbiddenException("请先登录"));
	}
}

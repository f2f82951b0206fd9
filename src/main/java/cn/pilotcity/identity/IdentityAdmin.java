package cn.pilotcity.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Creates users and groups that do not exist yet; never overwrites what an administrator changed. */
@Component
public class IdentityAdmin {

	private final IdentityService identityService;

	IdentityAdmin(IdentityService identityService) {
		this.identityService = identityService;
	}

	/** Creates the user if missing (password stored by the engine as a salted hash) and adds memberships. */
	public void ensureUser(String id, String firstName, String lastName, String email, String password,
			List<String> groupIds) {
		if (identityService.createUserQuery().userId(id).count() == 0) {
			User user = identityService.newUser(id);
			user.setFirstName(firstName);
			user.setLastName(lastName);
			user.setEmail(email);
			user.setPassword(password);
			identityService.saveUser(user);
		}
		Set<String> memberOf = identityService.createGroupQuery().groupMember(id).list().stream().map(Group::getId)
				.collect(Collectors.toSet());
		groupIds.stream().filter(g -> !memberOf.contains(g)).forEach(g -> identityService.createMembership(id, g));
	}

	/**
	 * The rules of the password policy that the password of a user not yet created would break, in Chinese; none
	 * where the user exists (his password is not set again) or the policy is off (demo).
	 */
	List<String> passwordRulesBrokenByNewUser(String id, String firstName, String lastName, String password) {
		if (identityService.createUserQuery().userId(id).count() > 0) {
			return List.of();
		}
		User candidate = identityService.newUser(id);
		candidate.setFirstName(firstName);
		candidate.setLastName(lastName);
		return PasswordRules.broken(identityService, candidate, password);
	}

	void ensureGroups(List<GroupCatalogue.GroupSpec> groups) {
		Set<String> existing = identityService.createGroupQuery().list().stream().map(Group::getId)
				.collect(Collectors.toSet());
		for (GroupCatalogue.GroupSpec spec : groups) {
			if (!existing.contains(spec.id())) {
				Group group = identityService.newGroup(spec.id());
				group.setName(spec.name());
				group.setType(spec.type());
				identityService.saveGroup(group);
			}
		}
	}
}

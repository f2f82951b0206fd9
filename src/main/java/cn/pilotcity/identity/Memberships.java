package cn.pilotcity.identity;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Which region a user acts for, from his group memberships. */
@Component
public class Memberships {

	private final IdentityService identityService;

	Memberships(IdentityService identityService) {
		this.identityService = identityService;
	}

	public List<String> groupsOf(String userId) {
		return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
	}

	public Optional<String> cityOf(String userId) {
		return Roles.cityOf(groupsOf(userId));
	}
}

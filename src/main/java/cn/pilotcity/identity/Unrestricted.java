package cn.pilotcity.identity;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine lookup the system needs for its own work (whom to notify, who is in a group) without the
 * current user's authorizations, then restores them. Never hand the result of such a lookup to the user.
 */
@Component
public class Unrestricted {

	private final IdentityService identityService;

	Unrestricted(IdentityService identityService) {
		this.identityService = identityService;
	}

	public <T> T lookup(Supplier<T> lookup) {
		Authentication current = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			return lookup.get();
		}
		finally {
			if (current != null) {
				identityService.setAuthentication(current);
			}
		}
	}
}

package cn.pilotcity.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls the system makes for its own work without the current user's authorizations, then
 * restores them: lookups (whom to notify, who is in a group) and actions our code has already checked the
 * user may ask for (a city withdrawing its own application). Never hand a lookup's result to the user.
 */
@Component
public class Unrestricted {

	private final IdentityService identityService;

	Unrestricted(IdentityService identityService) {
		this.identityService = identityService;
	}

	public <T> T asSystem(Supplier<T> action) {
		return lookup(action);
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

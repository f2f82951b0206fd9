package cn.pilotcity.boundary;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

import cn.pilotcity.identity.Roles;

/**
 * Who is calling the engine's API: a signed-in user from outside (the REST API, the webapps, our pages as the
 * user), or our own code — inside an engine command (listeners, delegates) or without a signed-in user (jobs,
 * start-up, lookups run as the system). Only the first is held to the boundary.
 */
final class Caller {

	private final ProcessEngineConfigurationImpl engine;

	Caller(ProcessEngineConfigurationImpl engine) {
		this.engine = engine;
	}

	boolean isUser() {
		return Context.getCommandContext() == null && authentication() != null;
	}

	boolean isAdministrator() {
		Authentication authentication = authentication();
		return authentication != null && authentication.getGroupIds() != null
				&& authentication.getGroupIds().contains(Roles.ADMIN);
	}

	/** A user who is not an administrator may not do this at all. */
	void requireAdministrator(String refusal) {
		if (isUser() && !isAdministrator()) {
			throw refused(refusal);
		}
	}

	/** Nobody from outside may do this: only our own code does. */
	void requireOwnCode(String refusal) {
		if (isUser()) {
			throw refused(refusal);
		}
	}

	static AuthorizationException refused(String message) {
		return new AuthorizationException(message);
	}

	private Authentication authentication() {
		Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
		return authentication == null || authentication.getUserId() == null ? null : authentication;
	}
}
